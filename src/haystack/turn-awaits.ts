// Whether a Japanese or Chinese transcript turn leaves the floor to a reply: a question (？), or a chair or host calling on
// the next speaker (「下一位提问者…」「请你介绍。」「健康福祉部長。」). A needle turn never goes between such a turn and its reply
// (the English session reads its own turns for "?" the same way).

const CALLS_ON = /(?:下一位|有请|请.{0,16}(?:提问|发言|介绍|汇报|讲一下|说一下))[^。！？]*。?$|(?:部長|市長|教育長|議員|委員長|さん|君)。$|どうぞ。?$/u;

/** True when the turn printed as `label [hh:mm:ss]: text` asks a question or calls on the next speaker. */
export function awaitsReply(turn: string): boolean {
  const at = turn.indexOf(']: ');
  const text = (at >= 0 ? turn.slice(at + 3) : turn).trimEnd();
  return /[？?]$/u.test(text) || CALLS_ON.test(text);
}

// Whether a Japanese or Chinese transcript turn leaves the floor to a reply: a question (？, or か。), or a chair or host calling on
// the next speaker (「下一位提问者…」「请你介绍。」「健康福祉部長。」). A needle turn never goes between such a turn and its reply
// (the English session reads its own turns for "?" the same way).

// A Japanese question may end in か。 rather than ？ (「何か変化は出ていませんか。」), and a member's question in a 会議録
// ends by handing the floor to the answer (「…伺います。」「…壇上からの質問を終わります。」).
const JA_ASKS = /(?:か|かね)。$|(?:伺います|お尋ねします|お聞かせください|お示しください|答弁を(?:お願い|求め)[^。]*|質問を(?:終わ|閉じ)[^。]*|質問といたします)。$/u;

const CALLS_ON = /(?:下一位|有请|请.{0,16}(?:提问|发言|介绍|汇报|讲一下|说一下))[^。！？]*。?$|(?:部長|市長|教育長|議員|委員長|さん|君)。$|どうぞ。?$/u;

/** True when the turn printed as `label [hh:mm:ss]: text` asks a question or calls on the next speaker. */
export function awaitsReply(turn: string): boolean {
  const at = turn.indexOf(']: ');
  const text = (at >= 0 ? turn.slice(at + 3) : turn).trimEnd();
  return /[？?]$/u.test(text) || JA_ASKS.test(text) || CALLS_ON.test(text);
}

// Error bodies the fake sends, shaped like those of OpenAI, vLLM and llama.cpp.

/** The overflow error body in a server's style. */
export function overflowBody(style: 'openai' | 'vllm' | 'llamacpp', limit: number, prompt: number, maxTokens: unknown): unknown {
  const completion = typeof maxTokens === 'number' ? maxTokens : 0;
  if (style === 'vllm') {
    return {
      object: 'error',
      message:
        `This model's maximum context length is ${limit} tokens. However, you requested ${prompt + completion} tokens ` +
        `(${prompt} in the messages, ${completion} in the completion). Please reduce the length of the messages or completion.`,
      type: 'BadRequestError',
      param: null,
      code: 400,
    };
  }
  if (style === 'llamacpp') {
    return {
      error: {
        code: 400,
        message: 'the request exceeds the available context size, try increasing it',
        type: 'exceed_context_size_error',
        n_prompt_tokens: prompt,
        n_ctx: limit,
      },
    };
  }
  return {
    error: {
      message:
        `This model's maximum context length is ${limit} tokens. However, your messages resulted in ${prompt} tokens. ` +
        'Please reduce the length of the messages.',
      type: 'invalid_request_error',
      param: 'messages',
      code: 'context_length_exceeded',
    },
  };
}

/** The 400 body of a reasoning model refusing a parameter. */
export function rejectionBody(param: string): unknown {
  if (param === 'temperature') {
    return {
      error: {
        message: "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.",
        type: 'invalid_request_error',
        param: 'temperature',
        code: 'unsupported_value',
      },
    };
  }
  const instead = param === 'max_tokens' ? " Use 'max_completion_tokens' instead." : '';
  return {
    error: {
      message: `Unsupported parameter: '${param}' is not supported with this model.${instead}`,
      type: 'invalid_request_error',
      param,
      code: 'unsupported_parameter',
    },
  };
}

/** A typical body for an injected status. */
export function defaultFaultBody(status: number): unknown {
  if (status === 429) return { error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } };
  if (status >= 500) return { error: { message: 'The server had an error while processing your request.', type: 'server_error' } };
  return { error: { message: `Fake error ${status}`, type: 'invalid_request_error' } };
}


// The commented starter configs `needle init` writes: a local server, OpenAI, CI.

/** Schema file `needle init` writes beside the config, which the modeline points editors to. */
export const SCHEMA_FILE = 'needle.schema.json';

const HEADER = `# yaml-language-server: $schema=./${SCHEMA_FILE}
# needle config: a sweep, or a matrix of sweeps (models × haystacks × needle sets), as a file.
# Run it with: needle run            (or: needle sweep --config <this file> for a single sweep)
# Every key is a needle sweep flag in snake_case (needle schema lists them all, needle sweep --help
# explains them); a flag typed on the command line overrides the file. Relative paths are read
# from this file's folder. Rerunning resumes every run folder where it stopped.
`;

/** Starter configs by target. */
export const INIT_TEMPLATES = {
  local: `${HEADER}
# The models to test: one run each. A local server speaks the OpenAI API at <host>/v1:
#   Ollama :11434/v1 · vLLM :8000/v1 · llama.cpp (llama-server) :8080/v1 · LM Studio :1234/v1
models:
  - name: local                         # label in run folders and tables (default: the model id)
    model: llama3.1:8b                  # the model's name as the server knows it
    base_url: http://127.0.0.1:11434/v1
    tokenizer: server                   # lengths in the model's own tokens, counted by the server
#  - name: qwen                          # a second model: same haystacks, needles and seed
#    model: Qwen/Qwen2.5-7B-Instruct-1M
#    base_url: http://127.0.0.1:8000/v1
#    tokenizer: server

# What every model reads.
haystack: financial-report              # or meeting-transcript, a list of both, or your files: docs/*.md
needle_set: mixed                       # lexical, paraphrased or mixed; or needles: my-needles.yaml
max: 32k                                # longest prompt (k = 1,000 tokens)
min: 1k
lengths: 6                              # six lengths from min to max, or a list: [4k, 8k, 16k, 32k]
depths: 5                               # 0%, 25%, 50%, 75%, 100%
repeats: 3                              # trials per cell, each with another needle
seed: 2026                              # one seed: every model gets the same documents and needles

# How to send.
concurrency: 2                          # requests in flight (at most the server's slots)
timeout: 3600                           # seconds; a long prefill on a CPU takes minutes

# Where runs go: one folder per model × haystack × needle set.
out: reports/{model}/{haystack}-{needles}
leaderboard: reports/leaderboard        # afterwards, one table of every model
`,
  openai: `${HEADER}
# Hosted models through the OpenAI API (or any compatible provider: set base_url and api_key_env).
# The key is read from the environment variable named by api_key_env; it is never written anywhere.
models:
  - model: gpt-4.1-mini
    price_in: 0.40                      # per million prompt tokens: needle --dry-run estimates the cost
    price_out: 1.60
  - model: gpt-4.1-nano
    price_in: 0.10
    price_out: 0.40
base_url: https://api.openai.com/v1
api_key_env: OPENAI_API_KEY

haystack: [financial-report, meeting-transcript]
needle_set: mixed
max: 1m
lengths: 8
depths: 8
repeats: 2
seed: 2026

rpm: 500                                # stay under your rate limits instead of bouncing off 429s
tpm: 2000000
budget: 25                              # refuse to start above this estimate; stop when the spend passes it
# batch: true                           # half price through the Batch API, answers within 24 h

out: reports/{model}/{haystack}-{needles}
leaderboard: reports/leaderboard
`,
  ci: `${HEADER}
# A release gate: sweep the candidate served on the CI machine, fail the job when recall falls short.
# In GitHub Actions: uses: <owner>/needle@<ref> with config: needle.config.yaml (see needle's README).
models:
  - name: candidate
    model: candidate                    # vllm serve ./checkpoints/candidate --served-model-name candidate
    base_url: http://127.0.0.1:8000/v1
    tokenizer: server

haystack: financial-report
needle_set: mixed
lengths: [8k, 32k, 64k, 128k]
depths: 5
repeats: 3
seed: 2026                              # fixed, so every CI run measures the same thing
concurrency: 8
cache: false                            # always ask the candidate itself

out: reports/{model}/{haystack}-{needles}
gate:                                   # the same thresholds as needle gate; exit 1 when one fails
  min_recall: 0.9
  min_length_recall:
    128k: 0.85
  effective_length: 64k
`,
} as const;

/** Targets of `needle init --for`. */
export type InitTarget = keyof typeof INIT_TEMPLATES;

# Renders chat templates with Python's Jinja2 the way transformers does (sandboxed, trim_blocks, lstrip_blocks,
# loopcontrols, its tojson and raise_exception): the reference for @huggingface/jinja. Reads a JSON list of
# {"template": str, "context": {...}} on stdin, writes a JSON list of {"text": str} or {"error": str}.
import json
import sys
from datetime import datetime

import jinja2
from jinja2.ext import loopcontrols
from jinja2.sandbox import ImmutableSandboxedEnvironment


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[loopcontrols])
env.filters["tojson"] = tojson
env.globals["raise_exception"] = raise_exception
env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)

out = []
for job in json.load(sys.stdin):
    try:
        out.append({"text": env.from_string(job["template"]).render(**job["context"])})
    except Exception as error:  # a template error is a result to compare, not a crash
        out.append({"error": str(error)})
json.dump(out, sys.stdout)

#pragma once
// consul-template's helper functions (template/funcs.go and template/scratch.go of v0.42.1) that
// do not talk to Consul: strings, collections, encoding, parsing, math, environment, time and
// the scratch pad. The Consul-data functions (service, key, ls, tree, nodes ...) live in the
// consul module; sprig_* functions are not provided.
//
// Usage:
//   auto funcs = hc::tmpl::helperFuncs();            // process environment, system clock
//   for (auto& [name, f] : consulFuncs) funcs[name] = f;  // plus the Consul-data functions
//   auto t = Template::parse("web.tmpl", text, funcs);
//   std::string out = t->execute(Value(), funcs);
//
// Every Function declares its parameters as the Go signature does, so the evaluator converts and
// checks arguments the way text/template does; errors are thrown as FuncError with
// consul-template's message (the evaluator adds "error calling NAME: ").
//
// The scratch pad: consul-template gives every template execution a fresh Scratch
// (`scratch` returns the same *Scratch for the whole execution, then it is dropped). Here the
// `scratch` function of a FuncMap returns the same Scratch object for the lifetime of that
// FuncMap. Build a fresh FuncMap per execution, or copy one and call resetScratch() on the copy.
//
// Regular expressions (regexReplaceAll, regexMatch) follow Go's RE2 syntax and semantics on top
// of PCRE: each pattern is parsed as Go's regexp/syntax does (Go's error texts) and translated
// (Go's \s, \v, octal escapes, literal braces, (?P<name>) and (?<name>) groups, $ matching only
// at the end); see src/template/funcs_regexp.cc for the remaining differences.
//
// Thread-safety: the returned functions may be called from several threads at once; a scratch
// pad is internally locked (as Go's is), but sharing one between executions shares its values.
#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "hc/template/value.h"

namespace hc::tmpl {

/// Looks up an environment variable: nullopt when it is not set (an empty value is set).
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
/// The current time (consul-template formats it in UTC).
using NowFn = std::function<std::chrono::system_clock::time_point()>;

/// consul-template's non-Consul helper functions. `env` serves env, envOrDefault and mustEnv
/// (consul-template consults the runner's `env` config first, then the process: compose both in
/// `env`); empty = the process environment. `now` serves timestamp; empty = the system clock.
FuncMap helperFuncs(const EnvLookup& env = {}, const NowFn& now = {});

/// Replaces the `scratch` function of `funcs` with one bound to a new, empty scratch pad.
void resetScratch(FuncMap& funcs);

/// Go's time.Time.Format(layout) for `t` in UTC (the only zone consul-template formats in).
std::string formatGoTime(std::chrono::system_clock::time_point t, const std::string& layout);

}  // namespace hc::tmpl

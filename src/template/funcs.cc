// helperFuncs: assembles consul-template's non-Consul helper functions, plus the ones that need
// the caller's context (env, mustEnv, envOrDefault, executeTemplate, scratch) and the shared
// argument helpers of funcs_internal.h.
#include "hc/template/funcs.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "funcs_internal.h"
#include "hc/template/format.h"

namespace hc::tmpl {

namespace funcs {

void define(FuncMap& m, const std::string& name, std::vector<Param> params, NativeFn fn,
            bool variadic, Param variadicType) {
  auto f = std::make_shared<Function>();
  f->name = name;
  f->params = std::move(params);
  f->variadic = variadic;
  f->variadicType = variadicType;
  f->fn = std::move(fn);
  m[name] = std::move(f);
}

const std::string& argString(const std::vector<Value>& args, size_t i) {
  static const std::string kEmpty;
  if (i >= args.size()) throw FuncError("missing argument");
  const Value& v = args[i];
  if (v.kind() == Kind::String) return v.asString();
  if (!v.valid()) return kEmpty;
  throw FuncError("wrong type for value; expected string; got " + v.goType());
}

int64_t argInt(const std::vector<Value>& args, size_t i) {
  if (i >= args.size()) throw FuncError("missing argument");
  const Value& v = args[i];
  if (v.kind() == Kind::Int) return v.asInt();
  if (v.kind() == Kind::Uint) return static_cast<int64_t>(v.asUint());
  throw FuncError("wrong type for value; expected int; got " + v.goType());
}

std::vector<std::string> argStrings(const std::vector<Value>& args, size_t i) {
  if (i >= args.size()) throw FuncError("missing argument");
  const Value& v = args[i];
  std::vector<std::string> out;
  if (isNilValue(v) || v.kind() == Kind::Nil) return out;
  if (v.kind() != Kind::List)
    throw FuncError("wrong type for value; expected []string; got " + v.goType());
  for (const auto& item : v.asList().items) {
    if (item.kind() != Kind::String)
      throw FuncError("wrong type for value; expected []string; got " + v.goType());
    out.push_back(item.asString());
  }
  return out;
}

bool isNilValue(const Value& v) {
  return !v.valid() || (v.isNil() && v.goType() == "<nil>");
}

void checkArgType(const Value& v, const std::string& type) {
  if (isNilValue(v)) return;
  if (v.kind() == Kind::Nil && v.goType() == type) return;
  if ((v.kind() == Kind::List || v.kind() == Kind::Map) && v.goType() == type) return;
  throw FuncError("wrong type for value; expected " + type + "; got " + v.goType());
}

std::string quote(std::string_view s) {
  return goQuote(s);
}

std::string quoteValue(const Value& v) {
  if (v.kind() == Kind::String) return quote(v.asString());
  if (isNilValue(v)) return "%!q(<nil>)";
  return goSprintf("%q", {v});
}

std::string quoteReflectValue(const Value& v) {
  if (isNilValue(v)) return "<invalid reflect.Value>";
  return quoteValue(v);
}

namespace {

std::optional<std::string> processEnv(const std::string& name) {
  const char* v = std::getenv(name.c_str());
  if (!v) return std::nullopt;
  return std::string(v);
}

void addEnvFuncs(FuncMap& m, const EnvLookup& env) {
  EnvLookup lookup = env ? env : EnvLookup(processEnv);
  define(m, "env", {Param::String}, [lookup](CallContext&, std::vector<Value>& a) {
    return Value::string(lookup(argString(a, 0)).value_or(""));
  });
  define(m, "mustEnv", {Param::String}, [lookup](CallContext&, std::vector<Value>& a) {
    const std::string& name = argString(a, 0);
    std::string v = lookup(name).value_or("");
    if (v.empty()) throw FuncError("required environment variable " + name + " is empty");
    return Value::string(std::move(v));
  });
  // Present-but-empty wins over the default.
  define(m, "envOrDefault", {Param::String, Param::String},
         [lookup](CallContext&, std::vector<Value>& a) {
           auto v = lookup(argString(a, 0));
           return Value::string(v ? *v : argString(a, 1));
         });
}

}  // namespace

}  // namespace funcs

FuncMap helperFuncs(const EnvLookup& env, const NowFn& now) {
  FuncMap m;
  funcs::addStringFuncs(m);
  funcs::addRegexpFuncs(m);
  funcs::addStrconvFuncs(m);
  funcs::addEncodingFuncs(m);
  funcs::addJSONFuncs(m);
  funcs::addCollectionFuncs(m);
  funcs::addMapFuncs(m);
  funcs::addMathFuncs(m);
  funcs::addTimeFuncs(m, now);
  funcs::addEnvFuncs(m, env);
  // executeTemplate(name string, data ...interface{})
  funcs::define(
      m, "executeTemplate", {Param::String},
      [](CallContext& ctx, std::vector<Value>& a) {
        if (a.size() > 2)
          throw FuncError("executeTemplate: wrong number of arguments, expected 1 or 2, but got " +
                          std::to_string(a.size()));
        return Value::string(
            ctx.executeTemplate(funcs::argString(a, 0), a.size() == 2 ? a[1] : Value()));
      },
      true, Param::Any);
  resetScratch(m);
  return m;
}

void resetScratch(FuncMap& m) {
  Value pad = funcs::newScratch();
  funcs::define(m, "scratch", {}, [pad](CallContext&, std::vector<Value>&) { return pad; });
}

}  // namespace hc::tmpl

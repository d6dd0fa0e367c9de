#include "hc/consul/template_functions.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "hc/consul/consul_endpoints.h"
#include "hc/consul/template_values.h"

namespace hc::consul {

using tmpl::FuncError;
using tmpl::Param;
using tmpl::Value;

namespace {

using Args = std::vector<Value>;
using Body = std::function<Value(RenderContext& ctx, Args& args)>;

// Registers `name`: the evaluator has checked and converted the arguments against `params`
// (and `variadic`) already. DependencyError and ConsulError become the Go function's error.
void add(tmpl::FuncMap& funcs, const std::shared_ptr<RenderContext>& ctx, const char* name,
         std::vector<Param> params, bool variadic, Param variadicType, Body body) {
  auto f = std::make_shared<tmpl::Function>();
  f->name = name;
  f->params = std::move(params);
  f->variadic = variadic;
  f->variadicType = variadicType;
  f->fn = [ctx, body = std::move(body)](tmpl::CallContext&, Args& args) -> Value {
    try {
      return body(*ctx, args);
    } catch (const DependencyError& e) {
      throw FuncError(e.what());
    } catch (const ConsulError& e) {
      throw FuncError(e.what());
    }
  };
  funcs[name] = std::move(f);
}

std::string joined(const Args& args, const char* sep) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) out += sep;
    out += args[i].asString();
  }
  return out;
}

Value emptyList(const char* type) {
  return Value::list({}, type);
}

Value healthServiceFn(RenderContext& ctx, Args& args) {
  if (args.empty() || args[0].asString().empty()) return emptyList(kHealthServiceListType);
  const Dependency& d = ctx.parsed("service", joined(args, "|"), Dependency::healthService);
  auto snapshot = ctx.recall(d);
  return snapshot ? snapshot->value : emptyList(kHealthServiceListType);
}

Value catalogServicesFn(RenderContext& ctx, Args& args) {
  const Dependency& d = ctx.parsed("services", joined(args, ""), Dependency::catalogServices);
  auto snapshot = ctx.recall(d);
  return snapshot ? snapshot->value : emptyList(kCatalogSnippetListType);
}

Value catalogNodesFn(RenderContext& ctx, Args& args) {
  const Dependency& d = ctx.parsed("nodes", joined(args, ""), Dependency::catalogNodes);
  auto snapshot = ctx.recall(d);
  return snapshot ? snapshot->value : emptyList(kNodeListType);
}

Value catalogNodeFn(RenderContext& ctx, Args& args) {
  const Dependency& d = ctx.parsed("node", joined(args, ""), Dependency::catalogNode);
  auto snapshot = ctx.recall(d);
  return snapshot ? snapshot->value : Value();  // Go returns a nil interface{}
}

const KeyValue* keyValueOf(const std::shared_ptr<const DependencySnapshot>& s) {
  return s ? std::get_if<KeyValue>(&s->data) : nullptr;
}

Value keyFn(RenderContext& ctx, Args& args) {
  const std::string& s = args[0].asString();
  if (s.empty()) return Value::string("");
  const Dependency& d = ctx.parsed(
      "key", s, [](const std::string& a) { return Dependency::kvGet(a, /*blockOnNil=*/true); });
  auto snapshot = ctx.recall(d);
  const KeyValue* kv = keyValueOf(snapshot);
  return Value::string(kv && kv->exists ? kv->value : "");
}

Value keyExistsFn(RenderContext& ctx, Args& args) {
  const std::string& s = args[0].asString();
  if (s.empty()) return Value::boolean(false);
  const Dependency& d =
      ctx.parsed("kv.get", s, [](const std::string& a) { return Dependency::kvGet(a); });
  const KeyValue* kv = keyValueOf(ctx.recall(d));
  return Value::boolean(kv && kv->exists);
}

Value keyOrDefaultFn(RenderContext& ctx, Args& args) {
  const std::string& s = args[0].asString();
  const Value& def = args[1];
  if (s.empty()) return def;
  const Dependency& d =
      ctx.parsed("kv.get", s, [](const std::string& a) { return Dependency::kvGet(a); });
  auto snapshot = ctx.recall(d);
  const KeyValue* kv = keyValueOf(snapshot);
  if (!snapshot || !kv || !kv->exists || kv->value.empty()) return def;
  return Value::string(kv->value);
}

// ls, tree and their safe variants: the kv.list data filtered by `keep`; an empty result is
// "missing" unless `emptyIsSafe`.
Value keyPairsFn(RenderContext& ctx, Args& args, bool emptyIsSafe,
                 bool (*keep)(const std::string& relativeKey)) {
  const std::string& s = args[0].asString();
  if (s.empty()) return emptyList(kKeyPairListType);
  const Dependency& d = ctx.parsed("kv.list", s, Dependency::kvList);
  auto snapshot = ctx.recall(d);
  if (!snapshot) return emptyList(kKeyPairListType);
  const auto* pairs = std::get_if<std::vector<KeyPair>>(&snapshot->data);
  std::vector<Value> kept;
  if (pairs) {
    const auto& items = snapshot->value.asList().items;
    for (size_t i = 0; i < pairs->size(); ++i)
      if (keep((*pairs)[i].key)) kept.push_back(items[i]);
  }
  if (kept.empty() && !emptyIsSafe) ctx.markMissing(d);
  return Value::list(std::move(kept), kKeyPairListType);
}

bool directChild(const std::string& key) {
  return !key.empty() && key.find('/') == std::string::npos;
}

bool namedLeaf(const std::string& key) {
  return !key.empty() && key.back() != '/';
}

Value datacentersFn(RenderContext& ctx, Args& args) {
  if (args.size() > 1)
    throw FuncError("datacenters: wrong number of arguments, expected 0 or 1, but got " +
                    std::to_string(args.size()));
  bool ignoreFailing = !args.empty() && args[0].asBool();
  Dependency d = Dependency::catalogDatacenters(ignoreFailing);
  auto snapshot = ctx.recall(d);
  return snapshot ? snapshot->value : Value::stringList({}, "[]string");
}

}  // namespace

tmpl::FuncMap consulFuncs(std::shared_ptr<RenderContext> ctx) {
  tmpl::FuncMap f;
  const Param S = Param::String;
  add(f, ctx, "service", {}, true, S, healthServiceFn);
  add(f, ctx, "services", {}, true, S, catalogServicesFn);
  add(f, ctx, "nodes", {}, true, S, catalogNodesFn);
  add(f, ctx, "node", {}, true, S, catalogNodeFn);
  add(f, ctx, "key", {S}, false, S, keyFn);
  add(f, ctx, "keyExists", {S}, false, S, keyExistsFn);
  add(f, ctx, "keyOrDefault", {S, S}, false, S, keyOrDefaultFn);
  add(f, ctx, "ls", {S}, false, S,
      [](RenderContext& c, Args& a) { return keyPairsFn(c, a, true, directChild); });
  add(f, ctx, "safeLs", {S}, false, S,
      [](RenderContext& c, Args& a) { return keyPairsFn(c, a, false, directChild); });
  add(f, ctx, "tree", {S}, false, S,
      [](RenderContext& c, Args& a) { return keyPairsFn(c, a, true, namedLeaf); });
  add(f, ctx, "safeTree", {S}, false, S,
      [](RenderContext& c, Args& a) { return keyPairsFn(c, a, false, namedLeaf); });
  add(f, ctx, "datacenters", {}, true, Param::Bool, datacentersFn);
  return f;
}

}  // namespace hc::consul

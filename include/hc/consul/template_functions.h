#pragma once
// consul-template's Consul functions (template/funcs.go), bound to a RenderContext:
//
//   service ...string        []*dependency.HealthService  (args joined with "|"; "" => [])
//   services ...string       []*dependency.CatalogSnippet (args joined)
//   nodes ...string          []*dependency.Node
//   node ...string           *dependency.CatalogNode      (<no value> while missing)
//   key string               string; the kv.block dependency: missing until the key exists
//   keyOrDefault string string   string; the default while missing, absent or empty
//   keyExists string         bool
//   ls / safeLs string       []*dependency.KeyPair, direct children only
//   tree / safeTree string   []*dependency.KeyPair, every key whose last segment is non-empty
//                            (the safe variants count an empty result as missing)
//   datacenters ...bool      []string; more than one argument is an error
//
// Each call records its dependency as used; while the source has no data it is recorded as
// missing and the function returns consul-template's empty value. A malformed argument is a
// tmpl::FuncError with consul-template's message (reported as "error calling service: ...").
#include <memory>

#include "hc/consul/render_context.h"
#include "hc/template/value.h"

namespace hc::consul {

tmpl::FuncMap consulFuncs(std::shared_ptr<RenderContext> ctx);

}  // namespace hc::consul

#pragma once
// The catalog file behind `render --catalog-file` and `-catalog-file` (DESIGN.md, "Offline
// render"): a JSON object
//
//   {"datacenter": "dc1",                  // the local agent's datacenter (default "dc1")
//    "node": "node-1",                     // optional: the local agent's node (`node` with no
//                                          //   name); without it such a call fails
//    "registrations": [ <PUT /v1/catalog/register bodies> ],
//    "kv": {"some/key": "value"}}          // KV pairs of the local datacenter
//
// Registration bodies take the fields Consul takes (ID Node Address Datacenter TaggedAddresses
// NodeMeta SkipNodeUpdate Service{ID Service Tags Address TaggedAddresses Meta Port Weights
// EnableTagOverride Kind} Check/Checks[{Node CheckID Name Status Notes Output ServiceID Type
// Definition}]), with Go's case-insensitive key matching; fields Consul accepts that do not
// matter here (Proxy, Connect, Namespace, ...) are ignored, any other key is an error. The
// registrations are applied in order to a Catalog (catalog.h), so the file rendered offline and
// the same bodies registered with a real Consul render alike.
//
// Errors: CatalogFileError whose what() names the file and the place:
//   "catalog.json:3:14: invalid JSON: syntax error while parsing object ..."
//   "catalog.json: registrations[3].Service.Port: expected an integer, got string"
//   "catalog.json: registrations[1].Checks[0].Status: Invalid check status \"ok\": ..."
//   "catalog.json: cannot read: No such file or directory"
#include <memory>
#include <stdexcept>
#include <string>

#include "hc/consul/catalog.h"

namespace hc::consul {

class CatalogFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads and applies the catalog file at `path`. Throws CatalogFileError.
std::shared_ptr<Catalog> loadCatalogFile(const std::string& path);

/// Applies catalog JSON `text`; `sourceName` names it in errors. Throws CatalogFileError.
std::shared_ptr<Catalog> parseCatalogJson(const std::string& text, const std::string& sourceName);

}  // namespace hc::consul

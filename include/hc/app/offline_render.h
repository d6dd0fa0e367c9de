#pragma once
// OfflineRender: `haproxy-consul render --catalog-file CATALOG.json TEMPLATE` — renders one
// template against a catalog file, exactly as the daemon would against a Consul holding the same
// registrations.
#include <memory>
#include <stdexcept>
#include <string>

#include "hc/consul/catalog.h"
#include "hc/template/template.h"

namespace hc::app {

/// A template that cannot be rendered from the data at hand (consul-template would wait for
/// data forever): a `key` that does not exist, a safeLs/safeTree over nothing.
class MissingDataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct RenderRequest {
  std::string templatePath;  ///< Names the template in errors.
  std::string templateText;
  std::string leftDelim;           ///< Empty = "{{".
  std::string rightDelim;          ///< Empty = "}}".
  bool errorOnMissingKey = false;  ///< consul-template's error_on_missing_key.
};

/// Parses and executes the template against `catalog` with consul-template's functions.
/// Throws tmpl::TemplateError (parse or execution), MissingDataError, consul::ConsulError.
std::string renderOffline(const RenderRequest& req, std::shared_ptr<consul::Catalog> catalog);

}  // namespace hc::app

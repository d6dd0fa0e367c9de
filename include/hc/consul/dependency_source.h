#pragma once
// DependencySource: where template functions get a dependency's latest data — consul-template's
// Brain.Recall. Implementations: Brain (filled by watchers) and DirectSource (asks
// ConsulEndpoints at once; offline render from a catalog file).
#include <memory>

#include "hc/consul/dependency.h"
#include "hc/consul/dependency_data.h"
#include "hc/template/value.h"

namespace hc::consul {

/// One dependency's data together with its template Value, built once when stored so every
/// render reuses it.
struct DependencySnapshot {
  DependencyData data;
  tmpl::Value value;  ///< toValue(data).

  static std::shared_ptr<const DependencySnapshot> of(DependencyData data);
};

class DependencySource {
 public:
  virtual ~DependencySource() = default;
  /// The latest data for `d`, or nullptr while none is available ("missing"). Implementations
  /// are safe to call from several render threads at once. May throw ConsulError (DirectSource).
  virtual std::shared_ptr<const DependencySnapshot> recall(const Dependency& d) = 0;
};

}  // namespace hc::consul

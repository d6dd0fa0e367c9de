#include "hc/consul/render_context.h"

#include <utility>

namespace hc::consul {

bool DependencySet::add(const Dependency& d) {
  if (!ids_.insert(d.id()).second) return false;
  list_.push_back(d);
  return true;
}

void DependencySet::clear() {
  list_.clear();
  ids_.clear();
}

std::string DependencySet::toString() const {
  std::string out;
  for (const auto& d : list_) {
    if (!out.empty()) out += ", ";
    out += d.id();
  }
  return out;
}

RenderContext::RenderContext(std::shared_ptr<DependencySource> source)
    : source_(std::move(source)) {}

std::shared_ptr<const DependencySnapshot> RenderContext::recall(const Dependency& d) {
  used_.add(d);
  auto snapshot = source_->recall(d);
  if (!snapshot) missing_.add(d);
  return snapshot;
}

void RenderContext::clear() {
  used_.clear();
  missing_.clear();
}

}  // namespace hc::consul

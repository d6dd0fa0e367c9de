#include "hc/consul/brain.h"

#include <mutex>
#include <utility>

#include "hc/consul/direct_source.h"
#include "hc/consul/fetch.h"
#include "hc/consul/template_values.h"

namespace hc::consul {

std::shared_ptr<const DependencySnapshot> DependencySnapshot::of(DependencyData data) {
  auto s = std::make_shared<DependencySnapshot>();
  s->value = toValue(data);
  s->data = std::move(data);
  return s;
}

bool Brain::remember(const Dependency& d, DependencyData data) {
  {
    std::shared_lock lock(mutex_);
    auto it = data_.find(d.id());
    if (it != data_.end() && it->second->data == data) return false;
  }
  auto snapshot = DependencySnapshot::of(std::move(data));  // built outside the lock
  std::unique_lock lock(mutex_);
  data_[d.id()] = std::move(snapshot);
  return true;
}

void Brain::forget(const Dependency& d) {
  std::unique_lock lock(mutex_);
  data_.erase(d.id());
}

size_t Brain::size() const {
  std::shared_lock lock(mutex_);
  return data_.size();
}

std::shared_ptr<const DependencySnapshot> Brain::recall(const Dependency& d) {
  std::shared_lock lock(mutex_);
  auto it = data_.find(d.id());
  return it == data_.end() ? nullptr : it->second;
}

DirectSource::DirectSource(std::shared_ptr<ConsulEndpoints> consul) : consul_(std::move(consul)) {}

std::shared_ptr<const DependencySnapshot> DirectSource::recall(const Dependency& d) {
  std::lock_guard lock(mutex_);
  auto it = answers_.find(d.id());
  if (it != answers_.end()) return it->second;
  FetchResult r = fetch(d, *consul_);
  auto snapshot = r.storable() ? DependencySnapshot::of(std::move(r.data)) : nullptr;
  answers_.emplace(d.id(), snapshot);
  return snapshot;
}

}  // namespace hc::consul

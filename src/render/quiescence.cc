#include "hc/render/quiescence.h"

#include <algorithm>

namespace hc::render {

Quiescence::Quiescence(std::chrono::milliseconds min, std::chrono::milliseconds max)
    : min_(min), max_(max) {}

void Quiescence::change(time_point now) {
  if (!pending_) {
    pending_ = true;
    lastChange_ = now;
    timer_ = now + min_;
    deadline_ = now + max_;
    return;
  }
  lastChange_ = std::max(lastChange_, now);
  timer_ = std::min(lastChange_ + min_, deadline_);
}

std::optional<Quiescence::time_point> Quiescence::due() const {
  if (!pending_) return std::nullopt;
  return std::min(timer_, deadline_);
}

bool Quiescence::ready(time_point now) const {
  auto when = due();
  return when && now >= *when;
}

void Quiescence::fired() {
  pending_ = false;
}

}  // namespace hc::render

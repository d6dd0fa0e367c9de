#include "hc/consul/watch_policy.h"

#include <algorithm>
#include <cmath>

namespace hc::consul {

std::chrono::milliseconds RetryPolicy::delay(int failures) const {
  using std::chrono::milliseconds;
  int n = std::max(failures, 1) - 1;
  if (attempts > 0) n = std::min(n, attempts);
  // Doubling stops well before overflow: 2^40 × backoff is far beyond any sensible cap.
  n = std::min(n, 40);
  double ms = static_cast<double>(backoff.count()) * std::pow(2.0, n);
  if (maxBackoff.count() > 0) ms = std::min(ms, static_cast<double>(maxBackoff.count()));
  return milliseconds(static_cast<milliseconds::rep>(ms));
}

bool RetryPolicy::exhausted(int failures) const {
  if (!enabled) return failures > 0;
  return attempts > 0 && failures > attempts;
}

TokenBucket::TokenBucket(int burst, std::chrono::milliseconds refill)
    : burst_(std::max(burst, 1)), refill_(refill), tokens_(burst_) {}

void TokenBucket::refillTo(WatchClock::time_point now) {
  if (!started_) {
    started_ = true;
    last_ = now;
    return;
  }
  if (refill_.count() <= 0) {
    tokens_ = burst_;
  } else if (now > last_) {
    double gained = std::chrono::duration<double, std::milli>(now - last_).count() /
                    static_cast<double>(refill_.count());
    tokens_ = std::min<double>(burst_, tokens_ + gained);
  }
  last_ = now;
}

std::chrono::milliseconds TokenBucket::spend(WatchClock::time_point now) {
  refillTo(now);
  tokens_ -= 1.0;
  if (tokens_ >= 0.0) return std::chrono::milliseconds(0);
  // The debt is paid by the time the next token arrives; tokens_ stays negative until then so
  // a second early request waits for its own token.
  double waitMs = -tokens_ * static_cast<double>(refill_.count());
  return std::chrono::milliseconds(static_cast<long long>(std::ceil(waitMs)));
}

IndexStep nextIndex(uint64_t last, uint64_t returned) {
  uint64_t idx = std::max<uint64_t>(returned, 1);
  if (idx < last) return IndexStep{0, true, false};
  if (idx == last) return IndexStep{last, false, false};
  return IndexStep{idx, false, true};
}

}  // namespace hc::consul

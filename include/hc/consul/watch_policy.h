#pragma once
// The pure rules of a blocking-query loop, as Consul's blocking-query documentation and
// consul-template's watch/view.go state them: how the next index follows from a response, how
// long to back off after an error, and how often a watch may re-ask when Consul answers without
// a change. No IO, no clock: the caller passes `now`.
#include <chrono>
#include <cstdint>

namespace hc::consul {

using WatchClock = std::chrono::steady_clock;

/// Retry with exponential backoff: backoff × 2^n, capped at maxBackoff (consul-template's
/// 250 ms, 0.5 s, 1 s, ... 1 min). After `attempts` consecutive failures (0 = unlimited) the
/// watch is "exhausted": consul-template exits there; haproxy-consul keeps retrying at
/// maxBackoff unless exitOnExhausted.
struct RetryPolicy {
  bool enabled = true;
  int attempts = 12;
  std::chrono::milliseconds backoff{250};
  std::chrono::milliseconds maxBackoff{std::chrono::minutes(1)};  ///< 0 = no cap.
  bool exitOnExhausted = false;

  /// The delay before retry number `failures` (1 = the first failure). Beyond `attempts` it is
  /// maxBackoff (or the last uncapped delay when maxBackoff is 0).
  std::chrono::milliseconds delay(int failures) const;
  /// True once `failures` consecutive failures exceed what the policy allows (always true
  /// when retries are disabled).
  bool exhausted(int failures) const;
};

/// A token bucket: `burst` tokens, one more every `refill`, spent by answers that brought no
/// change. Answers that carry a change never wait, so a second change in a row is delivered as
/// fast as the first; a Consul that keeps answering at once with nothing new (an index bumped
/// by a filtered-out instance, a broken proxy) is slowed to one request per `refill`.
class TokenBucket {
 public:
  TokenBucket(int burst, std::chrono::milliseconds refill);
  /// Spends a token at `now`; returns how long the next request must wait (zero when a token
  /// was available).
  std::chrono::milliseconds spend(WatchClock::time_point now);

 private:
  void refillTo(WatchClock::time_point now);

  int burst_;
  std::chrono::milliseconds refill_;
  double tokens_;
  WatchClock::time_point last_{};
  bool started_ = false;
};

/// What a response's X-Consul-Index means for the next request.
struct IndexStep {
  uint64_t next = 0;     ///< The index to send next (0 = a non-blocking query).
  bool reset = false;    ///< The index went backwards: re-query from 0, discard this answer.
  bool changed = false;  ///< The index moved forward: the data may have changed.
};

/// `last` = the index sent (0 for the first query), `returned` = X-Consul-Index (0 when absent).
/// An index of 0 is taken as 1 so the loop never spins on a non-blocking query; a lower index
/// than `last` resets; an equal one is no change (a timeout or a spurious wake-up).
IndexStep nextIndex(uint64_t last, uint64_t returned);

}  // namespace hc::consul

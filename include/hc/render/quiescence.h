#pragma once
// Quiescence: consul-template's `wait {min, max}` rule for one template, as pure logic — the
// caller passes the time and schedules its own wake-up at due().
//
//   change(t0)   first change: a timer fires at t0+min, and a deadline is fixed at t0+max;
//   change(t1)   every further change re-arms the timer to t1+min, but never past the deadline;
//   due()        min(timer, deadline): when the template should be rendered;
//   fired()      the template was rendered: back to idle (the next change starts afresh).
//
// Usage (the runner's loop):
//   Quiescence q(std::chrono::seconds(2), std::chrono::seconds(10));
//   q.change(now);                      // a dependency of the template changed
//   ... sleep until q.due() or the next event ...
//   if (q.ready(clock.now())) { render(); q.fired(); }
//
// A wait is enabled iff min > 0; whether to use a Quiescence at all is the caller's business
// (consul-template arms it only after every template rendered once). With min == 0 a change is
// due at once. With max < min the first render is due at the deadline (now + max).
// Thread-safety: none; a value type owned by one thread.
#include <chrono>
#include <optional>

namespace hc::render {

class Quiescence {
 public:
  using Clock = std::chrono::steady_clock;
  using time_point = Clock::time_point;

  /// `min`: quiet time after the last change; `max`: the longest a first change may wait.
  Quiescence(std::chrono::milliseconds min, std::chrono::milliseconds max);

  /// A dependency of the template changed at `now`. A `now` earlier than a previous change's is
  /// taken as that previous time (steady clocks do not go back; this keeps the rule monotonic).
  void change(time_point now);
  /// When it should render; nullopt = nothing pending.
  std::optional<time_point> due() const;
  /// due() && now >= *due().
  bool ready(time_point now) const;
  /// Rendered: back to idle.
  void fired();

  std::chrono::milliseconds min() const { return min_; }
  std::chrono::milliseconds max() const { return max_; }

 private:
  std::chrono::milliseconds min_;
  std::chrono::milliseconds max_;
  bool pending_ = false;
  time_point lastChange_{};
  time_point timer_{};
  time_point deadline_{};
};

}  // namespace hc::render

#include "hc/consul/watch_policy.h"

#include <gtest/gtest.h>

namespace hc::consul {
namespace {

using std::chrono::milliseconds;

TEST(RetryPolicy, DoublesFromBackoffToTheCapLikeConsulTemplate) {
  RetryPolicy p;  // 250 ms, 1 min, 12 attempts
  std::vector<long long> got;
  for (int i = 1; i <= 13; ++i) got.push_back(p.delay(i).count());
  EXPECT_EQ(got, (std::vector<long long>{250, 500, 1000, 2000, 4000, 8000, 16000, 32000, 60000,
                                         60000, 60000, 60000, 60000}));
}

TEST(RetryPolicy, ExhaustedAfterTheAttemptsAllowed) {
  RetryPolicy p;
  p.attempts = 3;
  EXPECT_FALSE(p.exhausted(3));
  EXPECT_TRUE(p.exhausted(4));
  p.attempts = 0;  // unlimited
  EXPECT_FALSE(p.exhausted(1000));
  p.enabled = false;
  EXPECT_FALSE(p.exhausted(0));
  EXPECT_TRUE(p.exhausted(1));
}

TEST(RetryPolicy, KeepsTheLastDelayBeyondTheAttempts) {
  RetryPolicy p;
  p.attempts = 2;
  p.backoff = milliseconds(100);
  p.maxBackoff = milliseconds(0);  // no cap
  EXPECT_EQ(p.delay(1).count(), 100);
  EXPECT_EQ(p.delay(2).count(), 200);
  EXPECT_EQ(p.delay(3).count(), 400);
  EXPECT_EQ(p.delay(50).count(), 400);
}

TEST(TokenBucket, LetsABurstThroughThenPacesToTheRefill) {
  TokenBucket b(2, milliseconds(1000));
  auto t = WatchClock::time_point{} + std::chrono::hours(1);
  EXPECT_EQ(b.spend(t).count(), 0);
  EXPECT_EQ(b.spend(t).count(), 0);
  EXPECT_EQ(b.spend(t).count(), 1000);
  // That request waited for its token; the next one waits for another.
  t += milliseconds(1000);
  EXPECT_EQ(b.spend(t).count(), 1000);
}

TEST(TokenBucket, RefillsWhileIdleUpToTheBurst) {
  TokenBucket b(2, milliseconds(100));
  auto t = WatchClock::time_point{} + std::chrono::hours(1);
  b.spend(t);
  b.spend(t);
  t += milliseconds(10000);
  EXPECT_EQ(b.spend(t).count(), 0);
  EXPECT_EQ(b.spend(t).count(), 0);
  EXPECT_GT(b.spend(t).count(), 0);
}

TEST(TokenBucket, PartialRefillShortensTheWait) {
  TokenBucket b(1, milliseconds(100));
  auto t = WatchClock::time_point{} + std::chrono::hours(1);
  EXPECT_EQ(b.spend(t).count(), 0);
  t += milliseconds(40);
  EXPECT_EQ(b.spend(t).count(), 60);
}

struct IndexCase {
  uint64_t last, returned;
  IndexStep want;
};

TEST(NextIndex, FollowsConsulsBlockingQueryRules) {
  const IndexCase cases[] = {
      {0, 42, {42, false, true}},    // first answer
      {42, 42, {42, false, false}},  // timeout or spurious wake-up
      {42, 50, {50, false, true}},   // moved forward
      {42, 7, {0, true, false}},     // went backwards: reset
      {0, 0, {1, false, true}},      // index 0 taken as 1: never block on 0
      {1, 0, {1, false, false}},     // still 0: no change, no reset, no spin on 0
      {5, 0, {0, true, false}},      // dropped to 0 from a real index: backwards
  };
  for (const auto& c : cases) {
    IndexStep got = nextIndex(c.last, c.returned);
    EXPECT_EQ(got.next, c.want.next) << c.last << " -> " << c.returned;
    EXPECT_EQ(got.reset, c.want.reset) << c.last << " -> " << c.returned;
    EXPECT_EQ(got.changed, c.want.changed) << c.last << " -> " << c.returned;
  }
}

}  // namespace
}  // namespace hc::consul

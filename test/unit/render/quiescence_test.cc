#include "hc/render/quiescence.h"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace hc::render {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

// One step of a case: at `at` ms either a change or a render (fired), then the expected due()
// in ms (nullopt = idle).
struct Step {
  enum Kind { Change, Fired } kind;
  long at;
  std::optional<long> due;
};

struct Case {
  std::string name;
  milliseconds min, max;
  std::vector<Step> steps;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.name;
}

const Quiescence::time_point kT0{};

class QuiescenceTable : public ::testing::TestWithParam<Case> {};

TEST_P(QuiescenceTable, DueFollowsConsulTemplatesRule) {
  const Case& c = GetParam();
  Quiescence q(c.min, c.max);
  EXPECT_EQ(q.due(), std::nullopt);
  for (size_t i = 0; i < c.steps.size(); ++i) {
    const Step& s = c.steps[i];
    SCOPED_TRACE("step " + std::to_string(i) + " at " + std::to_string(s.at) + "ms");
    if (s.kind == Step::Change) {
      q.change(kT0 + milliseconds(s.at));
    } else {
      q.fired();
    }
    auto due = q.due();
    if (!s.due) {
      EXPECT_EQ(due, std::nullopt);
    } else {
      ASSERT_TRUE(due.has_value());
      EXPECT_EQ(std::chrono::duration_cast<milliseconds>(*due - kT0).count(), *s.due);
    }
  }
}

using S = Step;
INSTANTIATE_TEST_SUITE_P(
    Cases, QuiescenceTable,
    ::testing::Values(
        Case{"MinOnly", 100ms, 1000ms, {{S::Change, 0, 100}}},
        Case{"EachChangeRearmsToMin",
             100ms,
             1000ms,
             {{S::Change, 0, 100}, {S::Change, 50, 150}, {S::Change, 120, 220}}},
        Case{"ReArmingNeverPassesTheDeadline",
             100ms,
             250ms,
             {{S::Change, 0, 100},
              {S::Change, 90, 190},
              {S::Change, 180, 250},
              {S::Change, 240, 250}}},
        Case{"AChangeAfterTheDeadlineIsDueAtTheDeadline",
             100ms,
             250ms,
             {{S::Change, 0, 100}, {S::Change, 300, 250}}},
        Case{"FiredGoesIdleAndTheNextChangeStartsAfresh",
             100ms,
             250ms,
             {{S::Change, 0, 100},
              {S::Change, 90, 190},
              {S::Fired, 190, std::nullopt},
              {S::Change, 500, 600},
              {S::Change, 590, 690},
              {S::Change, 700, 750}}},
        Case{"FiredWhenIdleStaysIdle", 100ms, 250ms, {{S::Fired, 0, std::nullopt}}},
        Case{"MaxBelowMinIsDueAtTheDeadline",
             100ms,
             50ms,
             {{S::Change, 0, 50}, {S::Change, 20, 50}}},
        Case{"MinZeroIsDueAtOnce", 0ms, 0ms, {{S::Change, 10, 10}, {S::Change, 20, 10}}},
        Case{"ATimeBeforeThePreviousChangeCountsAsThatChange",
             100ms,
             1000ms,
             {{S::Change, 100, 200}, {S::Change, 50, 200}}}),
    [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

TEST(QuiescenceTest, ReadyOnceDue) {
  Quiescence q(2s, 10s);
  EXPECT_FALSE(q.ready(kT0));
  q.change(kT0);
  EXPECT_FALSE(q.ready(kT0 + 1999ms));
  EXPECT_TRUE(q.ready(kT0 + 2s));
  EXPECT_TRUE(q.ready(kT0 + 5s));
  q.fired();
  EXPECT_FALSE(q.ready(kT0 + 5s));
  EXPECT_EQ(q.min(), 2s);
  EXPECT_EQ(q.max(), 10s);
}

TEST(QuiescenceTest, ASteadyStreamOfChangesRendersAtTheDeadline) {
  Quiescence q(1s, 4s);
  auto t = kT0;
  q.change(t);
  for (int i = 0; i < 100; ++i) {
    t += 500ms;
    if (q.ready(t)) break;
    q.change(t);
  }
  EXPECT_EQ(t, kT0 + 4s);
}

}  // namespace
}  // namespace hc::render

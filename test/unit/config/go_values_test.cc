// Go's spellings of durations, integers, booleans and signal names, with Go's own error texts
// (the expected values were printed by Go 1.19's time and strconv packages).
#include "hc/config/go_values.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>

#include "test_support.h"

namespace hc::config {
namespace {

using testing::errorOf;

TEST(GoDuration, ValidForms) {
  const std::pair<std::string, int64_t> cases[] = {
      {"0", 0},
      {"-0", 0},
      {"+5s", 5000000000},
      {"1m30s", 90000000000},
      {"1.5h", 5400000000000},
      {".5s", 500000000},
      {"1.s", 1000000000},
      {"250ms", 250000000},
      {"1us", 1000},
      {"1\xC2\xB5s", 1000},
      {"1\xCE\xBCs", 1000},
      {"7ns", 7},
      {"2h45m", 9900000000000},
      {"-1.5m", -90000000000},
      {"9223372036854775807ns", 9223372036854775807},
      {"0.0000000001s", 0},
  };
  for (const auto& [in, ns] : cases) {
    SCOPED_TRACE(in);
    EXPECT_EQ(parseGoDuration(in), ns);
  }
  EXPECT_EQ(parseGoDurationMillis("1m30s"), std::chrono::seconds(90));
  EXPECT_EQ(parseGoDurationMillis("1500us"), std::chrono::milliseconds(1));  // truncated
}

TEST(GoDuration, ErrorsInGoWords) {
  const std::pair<std::string, std::string> cases[] = {
      {"30", "time: missing unit in duration \"30\""},
      {"", "time: invalid duration \"\""},
      {"s", "time: invalid duration \"s\""},
      {".", "time: invalid duration \".\""},
      {"1x", "time: unknown unit \"x\" in duration \"1x\""},
      {"1sm", "time: unknown unit \"sm\" in duration \"1sm\""},
      {"1e3s", "time: unknown unit \"e\" in duration \"1e3s\""},
      {"1..s", "time: missing unit in duration \"1..s\""},
      {"9223372036854775808ns", "time: invalid duration \"9223372036854775808ns\""},
      {"2562048h", "time: invalid duration \"2562048h\""},
      {"5\xffs", "time: unknown unit \"\\xffs\" in duration \"5\\xffs\""},
  };
  for (const auto& [in, message] : cases) {
    SCOPED_TRACE(in);
    EXPECT_EQ(errorOf<std::invalid_argument>([&] { parseGoDuration(in); }), message);
  }
}

TEST(GoDuration, Format) {
  const std::pair<int64_t, std::string> cases[] = {
      {0, "0s"},        {1, "1ms"},          {999, "999ms"},
      {1000, "1s"},     {1500, "1.5s"},      {60000, "1m0s"},
      {90000, "1m30s"}, {3600000, "1h0m0s"}, {3661001, "1h1m1.001s"},
      {-1500, "-1.5s"},
  };
  for (const auto& [ms, text] : cases)
    EXPECT_EQ(formatGoDuration(std::chrono::milliseconds(ms)), text);
}

TEST(GoInt, Base10And32Bits) {
  EXPECT_EQ(parseGoInt("12", 10, 32), 12);
  EXPECT_EQ(parseGoInt("+5", 10, 32), 5);
  EXPECT_EQ(parseGoInt("-2147483648", 10, 32), -2147483648LL);
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoInt("x", 10, 32); }),
            "strconv.ParseInt: parsing \"x\": invalid syntax");
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoInt("", 10, 32); }),
            "strconv.ParseInt: parsing \"\": invalid syntax");
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoInt("0x10", 10, 32); }),
            "strconv.ParseInt: parsing \"0x10\": invalid syntax");
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoInt("2147483648", 10, 32); }),
            "strconv.ParseInt: parsing \"2147483648\": value out of range");
}

TEST(GoInt, BaseZeroPrefixes) {
  EXPECT_EQ(parseGoInt("0600", 0, 64), 384);
  EXPECT_EQ(parseGoInt("0x1F", 0, 64), 31);
  EXPECT_EQ(parseGoInt("0", 0, 64), 0);
  EXPECT_EQ(parseGoInt("-5", 0, 64), -5);
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoInt("08", 0, 64); }),
            "strconv.ParseInt: parsing \"08\": invalid syntax");
}

TEST(GoUint, OctalFileModes) {
  EXPECT_EQ(parseGoUint("0600", 8, 12), 0600u);
  EXPECT_EQ(parseGoUint("644", 8, 12), 0644u);
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoUint("999", 8, 12); }),
            "strconv.ParseUint: parsing \"999\": invalid syntax");
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoUint("10000", 8, 12); }),
            "strconv.ParseUint: parsing \"10000\": value out of range");
}

TEST(GoBool, EverySpelling) {
  for (const char* t : {"1", "t", "T", "TRUE", "true", "True"})
    EXPECT_EQ(parseGoBool(t), true) << t;
  for (const char* f : {"0", "f", "F", "FALSE", "false", "False"})
    EXPECT_EQ(parseGoBool(f), false) << f;
  for (const char* bad : {"", "yes", "tRUE", "2"}) EXPECT_EQ(parseGoBool(bad), std::nullopt) << bad;
  EXPECT_EQ(errorOf<std::invalid_argument>([] { parseGoBoolOrThrow("x"); }),
            "strconv.ParseBool: parsing \"x\": invalid syntax");
}

TEST(Signals, NamesCaseInsensitive) {
  EXPECT_EQ(parseSignalName("SIGTERM"), SIGTERM);
  EXPECT_EQ(parseSignalName("sigterm"), SIGTERM);
  EXPECT_EQ(parseSignalName("SigHup"), SIGHUP);
  EXPECT_EQ(parseSignalName("SIGUSR2"), SIGUSR2);
  EXPECT_EQ(parseSignalName("SIGNULL"), 0);
  EXPECT_EQ(signalName(SIGINT), "SIGINT");
  EXPECT_EQ(signalName(SIGABRT), "SIGABRT");
  EXPECT_EQ(signalName(0), "SIGNULL");
  EXPECT_EQ(validSignalNames().size(), 28u);
  EXPECT_EQ(validSignalNames().front(), "SIGABRT");
  EXPECT_EQ(validSignalNames().back(), "SIGXFSZ");
}

TEST(Signals, BadNameListsTheValidOnes) {
  std::string message = errorOf<std::invalid_argument>([] { parseSignalName("TERM"); });
  EXPECT_THAT(message, ::testing::StartsWith("invalid signal \"TERM\" - valid signals are "
                                             "[\"SIGABRT\" \"SIGALRM\" \"SIGBUS\" \"SIGCONT\""));
  EXPECT_THAT(message,
              ::testing::HasSubstr("\"SIGINT\" \"SIGIO\" \"SIGIOT\" \"SIGKILL\" \"SIGNULL\""));
  EXPECT_THAT(message, ::testing::EndsWith("\"SIGWINCH\" \"SIGXCPU\" \"SIGXFSZ\"]"));
  EXPECT_FALSE(errorOf<std::invalid_argument>([] { parseSignalName(""); }).empty());
  EXPECT_FALSE(errorOf<std::invalid_argument>([] { parseSignalName("SIGCHLD"); }).empty());
}

}  // namespace
}  // namespace hc::config

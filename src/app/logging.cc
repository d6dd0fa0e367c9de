#include "hc/app/logging.h"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>

#include "hc/config/config.h"

namespace hc::app {
namespace {

// consul-template's level words instead of spdlog's.
class LevelName : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg& msg, const std::tm&,
              spdlog::memory_buf_t& dest) override {
    const char* name = "INFO";
    switch (msg.level) {
      case spdlog::level::trace:
        name = "TRACE";
        break;
      case spdlog::level::debug:
        name = "DEBUG";
        break;
      case spdlog::level::info:
        name = "INFO";
        break;
      case spdlog::level::warn:
        name = "WARN";
        break;
      default:
        name = "ERR";
        break;
    }
    dest.append(name, name + std::char_traits<char>::length(name));
  }
  std::unique_ptr<custom_flag_formatter> clone() const override {
    return std::make_unique<LevelName>();
  }
};

}  // namespace

void configureLogging(const std::string& level) {
  std::string l = level;
  std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return std::toupper(c); });
  spdlog::level::level_enum lv;
  if (l == "TRACE") {
    lv = spdlog::level::trace;
  } else if (l == "DEBUG") {
    lv = spdlog::level::debug;
  } else if (l == "INFO") {
    lv = spdlog::level::info;
  } else if (l == "WARN" || l == "WARNING") {
    lv = spdlog::level::warn;
  } else if (l == "ERR" || l == "ERROR") {
    lv = spdlog::level::err;
  } else {
    throw config::ConfigError("invalid log level \"" + level +
                              "\" (TRACE, DEBUG, INFO, WARN, ERR)");
  }
  static bool installed = false;
  if (!installed) {
    installed = true;
    auto logger = std::make_shared<spdlog::logger>(
        "haproxy-consul", std::make_shared<spdlog::sinks::stderr_sink_mt>());
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<LevelName>('*').set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%*] %v");
    logger->set_formatter(std::move(formatter));
    spdlog::set_default_logger(logger);
  }
  spdlog::set_level(lv);
  spdlog::flush_on(spdlog::level::trace);
}

}  // namespace hc::app

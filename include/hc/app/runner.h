#pragma once
// Runner: consul-template's runner for template mode — renders templates from a
// DependencySource (the Watcher's Brain, or a catalog file), writes the ones whose bytes changed,
// then runs their commands.
//
// N-pass discovery: each render records the dependencies a template used and those without
// data yet; a template is written only once none is missing, and wantedDependencies() (the
// union over all templates) tells the Watcher what to watch — watches no longer used stop.
// Only templates that used a changed dependency render again (consul-template renders all of
// them on any change). Quiescence (`wait = "min:max"`, global or per template) holds a template
// back while its dependencies keep changing; it applies after the template's first render, so
// the first render is immediate.
//
// Usage (the daemon's loop, one thread):
//   Runner r(config, env, writer, commands, dryOut);   // parses templates: TemplateError
//   r.setSource(brain);
//   auto pass = r.run(now);                             // first pass: every template
//   watcher.watch(r.wantedDependencies());
//   ... on Watcher::changed(d): r.dependencyChanged(d, now); pass = r.run(now);
//   ... sleep until pass.nextDue when set.
//
// Thread-safety: none; one thread drives it.
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "hc/config/config.h"
#include "hc/consul/dependency_source.h"
#include "hc/consul/render_context.h"
#include "hc/render/command_runner.h"
#include "hc/render/file_writer.h"
#include "hc/render/quiescence.h"
#include "hc/template/template.h"

namespace hc::app {

using RunnerClock = std::chrono::steady_clock;

/// What one pass did.
struct PassResult {
  size_t rendered = 0;  ///< Templates executed.
  size_t written = 0;   ///< Destinations whose bytes changed (or, with -dry, printed).
  size_t commandsRun = 0;
  size_t commandsFailed = 0;
  /// Every template has been written (or found unchanged) at least once: the daemon is ready.
  bool allRendered = false;
  /// When the next quiescence timer falls due; nullopt when none is pending.
  std::optional<RunnerClock::time_point> nextDue;
  /// Errors met (template execution, write), one line each, already logged.
  std::vector<std::string> errors;
};

/// A command failed and the configuration asks to stop (exit_on_command_failure).
class CommandFailedError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Runner {
 public:
  /// Reads and parses every template of `config` (the `source` file, or `contents`). Throws
  /// tmpl::TemplateError (parse error, FILE:LINE:COL) or config::ConfigError (unreadable
  /// source, naming the path and errno).
  Runner(const config::Config& config, render::FileWriter& writer, render::CommandRunner& commands,
         std::ostream* dryOut = nullptr);
  ~Runner();

  /// Where templates read dependency data; every template renders again on the next run().
  void setSource(std::shared_ptr<consul::DependencySource> source);

  /// `d` has new data: the templates that used it render on the next run(), or, once past their
  /// first render and with quiescence, when their timer falls due.
  void dependencyChanged(const consul::Dependency& d, RunnerClock::time_point now);

  /// Renders what is due, writes what changed, then runs the commands of the written templates
  /// (after all writes, de-duplicated, in configuration order). A template execution error is
  /// thrown before the first complete pass (tmpl::TemplateError), and logged and kept in
  /// PassResult::errors after it (the destination keeps its last good content). Throws
  /// CommandFailedError when a command fails and exit_on_command_failure is set.
  PassResult run(RunnerClock::time_point now);

  /// The union of the dependencies the templates used in their last render.
  std::vector<consul::Dependency> wantedDependencies() const;

  /// Environment a command gets on top of the daemon's (CONSUL_HTTP_ADDR, ...).
  void setCommandEnvironment(std::vector<std::pair<std::string, std::string>> env) {
    commandEnv_ = std::move(env);
  }

 private:
  struct Entry;

  bool renderOne(Entry& e, PassResult& result, std::vector<const config::TemplateConfig*>& toRun);

  const config::Config& config_;
  render::FileWriter& writer_;
  render::CommandRunner& commands_;
  std::ostream* dryOut_;
  std::shared_ptr<consul::DependencySource> source_;
  std::vector<std::unique_ptr<Entry>> entries_;
  std::vector<std::pair<std::string, std::string>> commandEnv_;
  bool allRenderedOnce_ = false;
};

}  // namespace hc::app

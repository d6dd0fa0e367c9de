#include "hc/app/runner.h"

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "hc/consul/template_functions.h"
#include "hc/template/funcs.h"
#include "hc/template/template_error.h"

namespace hc::app {

struct Runner::Entry {
  const config::TemplateConfig* config = nullptr;
  std::string name;  ///< The source path (or "(dynamic)" for inline contents), as in errors.
  std::string text;
  std::shared_ptr<consul::RenderContext> ctx;
  tmpl::FuncMap funcs;
  std::shared_ptr<const tmpl::Template> parsed;
  std::optional<render::Quiescence> quiescence;
  bool dirty = true;
  bool renderedOnce = false;
  consul::DependencySet used;
};

namespace {

std::string readSource(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw config::ConfigError(path + ": cannot read template: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::optional<config::WaitConfig> effectiveWait(const config::Config& c,
                                                const config::TemplateConfig& t) {
  if (t.wait) return t.wait->enabled() ? t.wait : std::nullopt;
  if (c.wait.enabled()) return c.wait;
  return std::nullopt;
}

}  // namespace

Runner::Runner(const config::Config& config, render::FileWriter& writer,
               render::CommandRunner& commands, std::ostream* dryOut)
    : config_(config), writer_(writer), commands_(commands), dryOut_(dryOut) {
  for (const auto& t : config.templates) {
    auto e = std::make_unique<Entry>();
    e->config = &t;
    e->name = t.contents ? "(dynamic)" : t.source;
    e->text = t.contents ? *t.contents : readSource(t.source);
    if (auto w = effectiveWait(config, t); w && !config.once) e->quiescence.emplace(w->min, w->max);
    entries_.push_back(std::move(e));
  }
  // Parse once up front so a syntax error stops the daemon before it touches anything.
  setSource(nullptr);
}

Runner::~Runner() = default;

void Runner::setSource(std::shared_ptr<consul::DependencySource> source) {
  source_ = std::move(source);
  for (auto& e : entries_) {
    e->ctx = std::make_shared<consul::RenderContext>(source_);
    e->funcs = tmpl::helperFuncs();
    for (auto& [name, fn] : consul::consulFuncs(e->ctx)) e->funcs[name] = fn;
    if (!e->parsed) {
      tmpl::ParseOptions opts;
      opts.leftDelim =
          e->config->leftDelim.empty() ? config_.defaultLeftDelim : e->config->leftDelim;
      opts.rightDelim =
          e->config->rightDelim.empty() ? config_.defaultRightDelim : e->config->rightDelim;
      e->parsed = tmpl::Template::parse(e->name, e->text, e->funcs, opts);
    }
    e->dirty = true;
  }
}

void Runner::dependencyChanged(const consul::Dependency& d, RunnerClock::time_point now) {
  for (auto& e : entries_) {
    if (!e->used.contains(d)) continue;
    if (e->quiescence && e->renderedOnce) {
      e->quiescence->change(now);
    } else {
      e->dirty = true;
    }
  }
}

std::vector<consul::Dependency> Runner::wantedDependencies() const {
  consul::DependencySet all;
  for (const auto& e : entries_)
    for (const auto& d : e->used.list()) all.add(d);
  return all.list();
}

bool Runner::renderOne(Entry& e, PassResult& result,
                       std::vector<const config::TemplateConfig*>& toRun) {
  e.dirty = false;
  if (e.quiescence) e.quiescence->fired();
  e.ctx->clear();
  tmpl::resetScratch(e.funcs);
  tmpl::ExecOptions opts;
  opts.missingKey = e.config->errorOnMissingKey ? tmpl::MissingKey::Error : tmpl::MissingKey::Zero;
  std::string out;
  try {
    out = e.parsed->execute(tmpl::Value(), e.funcs, opts);
  } catch (const tmpl::TemplateError& err) {
    // Keep what it watched, so a data change can fix it.
    for (const auto& d : e.ctx->used().list()) e.used.add(d);
    if (!allRenderedOnce_) throw;
    std::string msg = err.located();
    spdlog::error("(runner) {}: {}", e.name, msg);
    result.errors.push_back(msg);
    return false;
  }
  e.used = e.ctx->used();
  ++result.rendered;
  if (!e.ctx->missing().empty()) {
    spdlog::debug("(runner) {}: waiting for {}", e.name, e.ctx->missing().toString());
    return false;
  }
  const std::string& dest = e.config->destination;
  if (config_.dry) {
    auto current = writer_.read(dest);
    if (!current || *current != out) {
      *dryOut_ << "> " << dest << "\n" << out;
      dryOut_->flush();
      ++result.written;
    }
    e.renderedOnce = true;
    return true;
  }
  render::WriteOptions w;
  w.perms = e.config->perms;
  w.user = e.config->user;
  w.group = e.config->group;
  w.backup = e.config->backup;
  w.createDestDirs = e.config->createDestDirs;
  try {
    if (writer_.write(dest, out, w) == render::WriteResult::Written) {
      ++result.written;
      spdlog::info("(runner) {}: wrote {} ({} bytes)", e.name, dest, out.size());
      if (!e.config->command.empty()) toRun.push_back(e.config);
    } else {
      spdlog::debug("(runner) {}: {} unchanged", e.name, dest);
    }
  } catch (const render::WriteError& err) {
    if (!allRenderedOnce_) throw;
    spdlog::error("(runner) {}: {}", e.name, err.what());
    result.errors.push_back(err.what());
    return false;
  }
  e.renderedOnce = true;
  return true;
}

PassResult Runner::run(RunnerClock::time_point now) {
  PassResult result;
  std::vector<const config::TemplateConfig*> toRun;
  for (auto& e : entries_) {
    bool due = e->dirty || (e->quiescence && e->quiescence->ready(now));
    if (due) renderOne(*e, result, toRun);
  }
  bool all = true;
  for (const auto& e : entries_) all = all && e->renderedOnce;
  if (all) allRenderedOnce_ = true;
  result.allRendered = allRenderedOnce_;

  // Commands after every write of the pass, each distinct command once, in configuration order.
  std::vector<std::vector<std::string>> seen;
  for (const auto* t : toRun) {
    if (std::find(seen.begin(), seen.end(), t->command) != seen.end()) continue;
    seen.push_back(t->command);
    render::CommandSpec spec;
    spec.argv = t->command;
    spec.timeout = t->commandTimeout;
    render::CommandResult r = commands_.run(spec, commandEnv_);
    ++result.commandsRun;
    std::string shown = t->command.size() == 1 ? t->command[0] : "[" + t->command[0] + " ...]";
    if (r.ok()) {
      spdlog::info("(runner) command {}: ok in {} ms", shown, r.took.count());
      continue;
    }
    ++result.commandsFailed;
    std::string msg = "command " + shown + " for " + t->destination + ": " + r.describe();
    spdlog::error("(runner) {}; output: {}", msg, r.output);
    result.errors.push_back(msg);
    if (config_.exitOnCommandFailure) throw CommandFailedError(msg);
  }

  for (const auto& e : entries_) {
    if (!e->quiescence) continue;
    if (auto due = e->quiescence->due())
      if (!result.nextDue || *due < *result.nextDue) result.nextDue = due;
  }
  return result;
}

}  // namespace hc::app

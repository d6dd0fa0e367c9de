#include "hc/app/daemon.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "hc/app/exit_codes.h"
#include "hc/app/logging.h"
#include "hc/app/runner.h"
#include "hc/consul/brain.h"
#include "hc/consul/catalog_file.h"
#include "hc/consul/consul_client.h"
#include "hc/consul/direct_source.h"
#include "hc/consul/watcher.h"
#include "hc/render/pid_file.h"
#include "hc/render/sd_notify.h"
#include "hc/template/template_error.h"

namespace hc::app {
namespace {

/// What the other threads tell the run loop.
class Events {
 public:
  void changed(const consul::Dependency& d) {
    std::lock_guard<std::mutex> lock(mu_);
    changed_.push_back(d);
    cv_.notify_all();
  }
  void reload() { flag(reload_); }
  void catalogChanged() { flag(catalog_); }
  void stop(int code, std::string why = "") {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stop_) stop_ = code;
    if (!why.empty()) spdlog::error("(runner) {}", why);
    cv_.notify_all();
  }

  struct Batch {
    std::vector<consul::Dependency> changed;
    bool reload = false, catalog = false;
    std::optional<int> stop;
  };
  /// Waits until something happened or `until` passes.
  Batch wait(std::optional<RunnerClock::time_point> until) {
    std::unique_lock<std::mutex> lock(mu_);
    auto pending = [&] { return !changed_.empty() || reload_ || catalog_ || stop_.has_value(); };
    if (until) {
      cv_.wait_until(lock, *until, pending);
    } else {
      cv_.wait(lock, pending);
    }
    Batch b;
    b.changed.swap(changed_);
    b.reload = std::exchange(reload_, false);
    b.catalog = std::exchange(catalog_, false);
    b.stop = stop_;
    return b;
  }

 private:
  void flag(bool& f) {
    std::lock_guard<std::mutex> lock(mu_);
    f = true;
    cv_.notify_all();
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<consul::Dependency> changed_;
  bool reload_ = false, catalog_ = false;
  std::optional<int> stop_;
};

/// Turns the signals the daemon handles into events, on a thread of its own (the signals are
/// blocked everywhere else, so commands started later get a clean mask from the runner).
class SignalThread {
 public:
  SignalThread(Events& events, int killSignal, int reloadSignal) : events_(events) {
    sigemptyset(&set_);
    for (int s : {SIGHUP, SIGINT, SIGTERM, SIGUSR1, killSignal, reloadSignal})
      if (s > 0) sigaddset(&set_, s);
    thread_ = std::thread([this, killSignal, reloadSignal] {
      while (true) {
        int sig = 0;
        if (sigwait(&set_, &sig) != 0) continue;
        if (done_) return;
        if (sig == reloadSignal) {
          spdlog::info("(cli) received {}: reloading", strsignal(sig));
          events_.reload();
        } else if (sig == killSignal || sig == SIGINT) {
          events_.stop(kExitInterrupt);
        } else if (sig == SIGTERM) {
          events_.stop(kExitOK);
        }
      }
    });
  }
  ~SignalThread() {
    done_ = true;
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
  }
  static void blockAll(int killSignal, int reloadSignal) {
    sigset_t set;
    sigemptyset(&set);
    for (int s : {SIGHUP, SIGINT, SIGTERM, SIGUSR1, killSignal, reloadSignal})
      if (s > 0) sigaddset(&set, s);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
  }

 private:
  Events& events_;
  sigset_t set_;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

/// Reports when the catalog file is replaced or rewritten (inotify on its directory, so an
/// editor's rename-over counts too).
class CatalogFileWatch {
 public:
  CatalogFileWatch(const std::string& path, Events& events) {
    namespace fs = std::filesystem;
    fs::path p = fs::absolute(path);
    name_ = p.filename().string();
    fd_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (fd_ < 0 || pipe(stop_) != 0) return;
    inotify_add_watch(fd_, p.parent_path().c_str(),
                      IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ATTRIB);
    thread_ = std::thread([this, &events] {
      alignas(inotify_event) char buf[4096];
      while (true) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop_[0], POLLIN, 0}};
        if (poll(fds, 2, -1) < 0) continue;
        if (fds[1].revents) return;
        ssize_t n = read(fd_, buf, sizeof buf);
        for (ssize_t off = 0; off < n;) {
          auto* ev = reinterpret_cast<inotify_event*>(buf + off);
          if (ev->len && name_ == ev->name) events.catalogChanged();
          off += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
        }
      }
    });
  }
  ~CatalogFileWatch() {
    if (thread_.joinable()) {
      (void)!write(stop_[1], "x", 1);
      thread_.join();
    }
    for (int fd : {fd_, stop_[0], stop_[1]})
      if (fd >= 0) close(fd);
  }

 private:
  std::string name_;
  int fd_ = -1;
  int stop_[2] = {-1, -1};
  std::thread thread_;
};

std::vector<std::pair<std::string, std::string>> commandEnvironment(const config::Config& c) {
  std::vector<std::pair<std::string, std::string>> env;
  if (!c.catalogFile.empty()) return env;
  env.emplace_back("CONSUL_HTTP_ADDR", c.consul.address());
  if (!c.consul.token.empty()) env.emplace_back("CONSUL_HTTP_TOKEN", c.consul.token);
  if (!c.consul.tokenFile.empty()) env.emplace_back("CONSUL_HTTP_TOKEN_FILE", c.consul.tokenFile);
  env.emplace_back("CONSUL_HTTP_SSL", c.consul.tls.enabled ? "true" : "false");
  env.emplace_back("CONSUL_HTTP_SSL_VERIFY", c.consul.tls.verify ? "true" : "false");
  return env;
}

consul::WatcherOptions watcherOptions(const config::Config& c) {
  consul::WatcherOptions o;
  o.wait = c.blockQueryWait;
  o.maxStale = c.maxStale;
  o.retry = c.retry;
  o.maxConnections = c.maxConnections;
  return o;
}

/// One configuration's worth of running: the data source and the runner. Rebuilt on SIGHUP.
struct Session {
  config::Config config;
  std::unique_ptr<Runner> runner;
  std::shared_ptr<consul::Brain> brain;
  std::unique_ptr<consul::Watcher> watcher;
  std::unique_ptr<CatalogFileWatch> catalogWatch;
};

std::shared_ptr<consul::DependencySource> loadCatalog(const std::string& path) {
  return std::make_shared<consul::DirectSource>(consul::loadCatalogFile(path));
}

}  // namespace

int runDaemon(const config::CommandLine& cli) {
  // The configuration, from the files, environment and command line of now; logging follows it.
  auto loadConfig = [&cli] {
    config::Config c = config::load(cli, consul::ClientConfig::processEnvironment);
    configureLogging(c.logLevel);
    for (const auto& w : c.warnings) spdlog::warn("(config) {}", w);
    return c;
  };
  config::Config first = loadConfig();
  SignalThread::blockAll(first.killSignal, first.reloadSignal);
  Events events;
  SignalThread signals(events, first.killSignal, first.reloadSignal);
  std::optional<render::PidFile> pid;
  if (!first.pidFile.empty()) pid.emplace(first.pidFile);
  auto writer = render::makePosixFileWriter();
  auto commands = render::makePosixCommandRunner();

  auto start = [&](config::Config cfg) {
    auto s = std::make_unique<Session>();
    s->config = std::move(cfg);
    s->runner = std::make_unique<Runner>(s->config, *writer, *commands,
                                         s->config.dry ? &std::cout : nullptr);
    s->runner->setCommandEnvironment(commandEnvironment(s->config));
    if (!s->config.catalogFile.empty()) {
      s->runner->setSource(loadCatalog(s->config.catalogFile));
      s->catalogWatch = std::make_unique<CatalogFileWatch>(s->config.catalogFile, events);
    } else {
      s->brain = std::make_shared<consul::Brain>();
      consul::WatcherListener l;
      l.changed = [&events](const consul::Dependency& d) { events.changed(d); };
      // -once has nothing to keep serving: like consul-template it gives up with the retries.
      bool exitOnExhausted = s->config.retry.exitOnExhausted || s->config.once;
      l.failed = [&events, exitOnExhausted](const consul::Dependency& d,
                                            const consul::ConsulError& e, bool exhausted) {
        if (exhausted && exitOnExhausted)
          events.stop(kExitRunner, d.id() + ": retries exhausted: " + e.what());
      };
      s->watcher = std::make_unique<consul::Watcher>(consul::consulClientFactory(s->config.consul),
                                                     s->brain, watcherOptions(s->config), l);
      s->runner->setSource(s->brain);
      s->watcher->start();
    }
    return s;
  };

  std::unique_ptr<Session> session;
  try {
    session = start(std::move(first));
  } catch (const tmpl::TemplateError& e) {
    spdlog::error("(runner) {}", e.located());
    std::cerr << e.located() << "\n";
    return kExitRunner;
  }

  bool ready = false;
  size_t failedCommands = 0;
  std::optional<RunnerClock::time_point> nextDue;
  Events::Batch batch;
  while (true) {
    auto now = RunnerClock::now();
    try {
      PassResult pass = session->runner->run(now);
      nextDue = pass.nextDue;
      if (pass.commandsFailed) {
        failedCommands += pass.commandsFailed;
        spdlog::warn("(runner) {} command(s) failed since start; retried on the next change",
                     failedCommands);
      }
      if (session->watcher) session->watcher->watch(session->runner->wantedDependencies());
      if (pass.allRendered && !ready) {
        ready = true;
        spdlog::info("(runner) all templates rendered");
        render::sdNotify("READY=1");
        if (session->config.once) return kExitOK;
      }
    } catch (const tmpl::TemplateError& e) {
      std::cerr << e.located() << "\n";
      spdlog::error("(runner) {}", e.located());
      return kExitRunner;
    } catch (const CommandFailedError&) {
      return kExitRunner;
    } catch (const render::WriteError& e) {
      spdlog::error("(runner) {}", e.what());
      std::cerr << e.what() << "\n";
      return kExitRunner;
    }

    batch = events.wait(nextDue);
    if (batch.stop) {
      spdlog::info("(runner) stopping");
      if (session->watcher) session->watcher->stop();
      return *batch.stop;
    }
    now = RunnerClock::now();
    for (const auto& d : batch.changed) session->runner->dependencyChanged(d, now);
    if (batch.catalog) {
      try {
        session->runner->setSource(loadCatalog(session->config.catalogFile));
        spdlog::info("(runner) {} changed: rendering again", session->config.catalogFile);
      } catch (const std::exception& e) {
        spdlog::error("(runner) {}: {} (keeping the previous catalog)", session->config.catalogFile,
                      e.what());
      }
    }
    if (batch.reload) {
      try {
        config::Config next = loadConfig();
        // The new configuration and its templates are read before the running ones stop: a
        // broken edit leaves the daemon as it was.
        auto replacement = start(std::move(next));
        if (session->watcher) session->watcher->stop();
        session = std::move(replacement);
        ready = false;
      } catch (const std::exception& e) {
        spdlog::error("(cli) reload failed, keeping the running configuration: {}", e.what());
      }
    }
  }
}

}  // namespace hc::app

// The runtime client and parsers against a real haproxy 2.6 (master-worker, admin socket).
#include <gtest/gtest.h>

#include <chrono>
#include <iostream>

#include "hc/haproxy/runtime_api.h"
#include "hc/haproxy/runtime_state.h"
#include "integration/haproxy_process.h"

namespace hc::haproxy {
namespace {

using namespace std::chrono_literals;

const ServerState& find(const std::vector<ServerState>& v, const std::string& name) {
  for (const auto& s : v)
    if (s.server == name) return s;
  throw std::runtime_error("no server " + name);
}

class HaproxyRuntime : public ::testing::Test {
 protected:
  hc::testing::HaproxyProcess haproxy;
  std::unique_ptr<RuntimeApi> api = makeRuntimeClient(haproxy.adminSocket(), 5s);
};

TEST_F(HaproxyRuntime, ShowServersStateParsesBothServers) {
  auto servers = parseServersState(api->command("show servers state web"));
  ASSERT_EQ(servers.size(), 2u);
  EXPECT_EQ(find(servers, "s1").port, haproxy.s1Port());
  EXPECT_EQ(find(servers, "s2").port, haproxy.s2Port());
  EXPECT_EQ(find(servers, "s1").address, "127.0.0.1");
  EXPECT_TRUE(find(servers, "s1").ready());
}

TEST_F(HaproxyRuntime, BatchInOneSessionIsAppliedAndJudged) {
  std::vector<RuntimeOp> ops = {RuntimeOp::setAddr("web", "s1", "127.0.0.2", std::string("9000")),
                                RuntimeOp::setWeight("web", "s1", 7),
                                RuntimeOp::setState("web", "s2", "maint")};
  std::vector<std::string> commands;
  for (const auto& op : ops) commands.push_back(op.command());
  auto replies = api->execute(commands);
  ASSERT_EQ(replies.size(), 3u);
  for (size_t i = 0; i < ops.size(); ++i) EXPECT_TRUE(replyOk(ops[i], replies[i])) << replies[i];
  auto servers = parseServersState(api->command("show servers state web"));
  const auto& s1 = find(servers, "s1");
  EXPECT_EQ(s1.address, "127.0.0.2");
  EXPECT_EQ(s1.port, 9000);
  EXPECT_EQ(s1.userWeight, 7);
  EXPECT_FALSE(s1.inMaintenance());
  const auto& s2 = find(servers, "s2");
  EXPECT_TRUE(s2.inMaintenance());
  EXPECT_TRUE(s2.forcedMaintenance());
}

TEST_F(HaproxyRuntime, ShowInfoPidIsTheWorkersAndShowProcListsOneWorker) {
  auto info = processInfo(parseInfo(api->command("show info")));
  auto master = makeRuntimeClient(haproxy.masterSocket(), 5s);
  auto procs = parseShowProc(master->command("show proc"));
  int workers = 0;
  for (const auto& p : procs) {
    if (p.type == ProcEntry::Type::Master) {
      EXPECT_EQ(p.pid, haproxy.masterPid());
    }
    if (p.type == ProcEntry::Type::Worker && !p.old) {
      ++workers;
      EXPECT_EQ(p.pid, info.pid);
    }
  }
  EXPECT_EQ(workers, 1);
  EXPECT_NE(info.pid, haproxy.masterPid());
  EXPECT_EQ(info.processNum, 1);
}

TEST_F(HaproxyRuntime, AddAndDeleteServerRoundTrip) {
  std::vector<RuntimeOp> ops = {
      RuntimeOp::addServer("web", "s3", "127.0.0.1", std::string("9100"), {}, 0),
      RuntimeOp::setState("web", "s3", "maint"), RuntimeOp::delServer("web", "s3")};
  auto added = api->command(ops[0].command());
  EXPECT_TRUE(replyOk(ops[0], added)) << added;
  EXPECT_EQ(parseServersState(api->command("show servers state web")).size(), 3u);
  auto replies = api->execute({ops[1].command(), ops[2].command()});
  EXPECT_TRUE(replyOk(ops[1], replies[0])) << replies[0];
  EXPECT_TRUE(replyOk(ops[2], replies[1])) << replies[1];
  EXPECT_EQ(parseServersState(api->command("show servers state web")).size(), 2u);
}

TEST_F(HaproxyRuntime, UnknownServerReplyIsRejected) {
  auto op = RuntimeOp::setWeight("web", "nope", 3);
  auto reply = api->command(op.command());
  EXPECT_FALSE(replyOk(op, reply));
  EXPECT_EQ(reply, "No such server.\n");
}

TEST_F(HaproxyRuntime, UnreachableSocket) {
  auto bad = makeRuntimeClient((haproxy.dir() / "missing.sock").string(), 1s);
  try {
    bad->command("show info");
    ADD_FAILURE() << "no error";
  } catch (const RuntimeApiError& e) {
    EXPECT_EQ(e.kind(), RuntimeApiError::Kind::Unreachable);
    EXPECT_NE(std::string(e.what()).find("missing.sock"), std::string::npos);
  }
}

TEST_F(HaproxyRuntime, OverlongCommandIsRefusedBeforeSending) {
  try {
    api->command("set server web/s1 weight 1 " + std::string(RuntimeApi::kMaxCommandBytes, 'x'));
    ADD_FAILURE() << "no error";
  } catch (const RuntimeApiError& e) {
    EXPECT_EQ(e.kind(), RuntimeApiError::Kind::Protocol);
  }
  EXPECT_EQ(parseServersState(api->command("show servers state web")).size(), 2u);
}

TEST_F(HaproxyRuntime, ThousandCommandsInOneSession) {
  std::vector<std::string> commands;
  for (int i = 0; i < 1000; ++i)
    commands.push_back("set server web/s1 weight " + std::to_string(i % 256 + 1));
  auto start = std::chrono::steady_clock::now();
  auto replies = api->execute(commands);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  std::cout << "1000 commands in one session: " << ms << " ms\n";
  ASSERT_EQ(replies.size(), 1000u);
  for (const auto& r : replies) ASSERT_TRUE(replyOk(RuntimeOp::setWeight("web", "s1", 1), r)) << r;
  EXPECT_EQ(find(parseServersState(api->command("show servers state web")), "s1").userWeight,
            999 % 256 + 1);
}

}  // namespace
}  // namespace hc::haproxy

#include "hc/haproxy/runtime_state.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "mocks/haproxy/mock_runtime_api.h"

namespace hc::haproxy {
namespace {

using ::testing::HasSubstr;

// Byte-exact replies of haproxy 2.6.12-1+deb12u4 (Debian bookworm), captured on a raw UNIX
// socket: backend `web` (balance roundrobin) with two servers, no checks.
const char* kServersState =
    "1\n"
    "# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight "
    "srv_iweight srv_time_since_last_change srv_check_status srv_check_result srv_check_health "
    "srv_check_state srv_agent_state bk_f_forced_id srv_f_forced_id srv_fqdn srv_port srvrecord "
    "srv_use_ssl srv_check_port srv_check_addr srv_agent_addr srv_agent_port\n"
    "3 web 1 s1 127.0.0.1 2 0 1 1 1 1 0 2 0 0 0 0 - 18556 - 0 0 - - 0\n"
    "3 web 2 s2 127.0.0.1 2 0 1 1 1 1 0 2 0 0 0 0 - 18557 - 0 0 - - 0\n"
    "\n";

const char* kShowProc =
    "#<PID>          <type>          <reloads>       <uptime>        <version>      \n"
    "14606           master          0 [failed: 0]   0d00h00m01s     2.6.12-1+deb12u4\n"
    "# workers\n"
    "14609           worker          0               0d00h00m01s     2.6.12-1+deb12u4\n"
    "# programs\n"
    "\n";

const char* kShowInfoHead =
    "Name: HAProxy\nVersion: 2.6.12-1+deb12u4\nRelease_date: 2026/10/17\nNbthread: 2\n"
    "Nbproc: 1\nProcess_num: 1\nPid: 14609\nUptime: 0d 0h00m01s\nUptime_sec: 1\nMemmax_MB: 0\n"
    "Unstoppable Jobs: 1\nListeners: 3\nBuild info: 2.6.12-1+deb12u4\nTainted: 0\n\n";

TEST(ParseServersState, RealReply) {
  auto s = parseServersState(kServersState);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].backendId, 3);
  EXPECT_EQ(s[0].backend, "web");
  EXPECT_EQ(s[0].serverId, 1);
  EXPECT_EQ(s[0].server, "s1");
  EXPECT_EQ(s[0].address, "127.0.0.1");
  EXPECT_EQ(s[0].port, 18556);
  EXPECT_EQ(s[0].opState, ServerState::kRunning);
  EXPECT_EQ(s[0].adminState, 0);
  EXPECT_EQ(s[0].userWeight, 1);
  EXPECT_EQ(s[0].initialWeight, 1);
  EXPECT_EQ(s[0].checkStatus, 1);
  EXPECT_EQ(s[0].checkHealth, 2);
  EXPECT_EQ(s[0].fqdn, "-");
  EXPECT_EQ(s[0].checkAddr, "-");
  EXPECT_TRUE(s[0].ready());
  EXPECT_FALSE(s[0].inMaintenance());
  EXPECT_EQ(s[1].server, "s2");
  EXPECT_EQ(s[1].port, 18557);
  // Columns without a field are kept by name.
  EXPECT_EQ(s[0].extra.at("srvrecord"), "-");
  EXPECT_EQ(s[0].extra.at("srv_agent_port"), "0");
}

TEST(ParseServersState, ExtraAndReorderedColumnsAreFoundByName) {
  auto s = parseServersState(
      "1\n# srv_name be_name be_id srv_id srv_addr srv_port srv_op_state srv_admin_state "
      "srv_uweight srv_iweight future_col\nx web 4 9 ::1 80 0 5 1 1 zz\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].server, "x");
  EXPECT_EQ(s[0].address, "::1");
  EXPECT_EQ(s[0].serverId, 9);
  EXPECT_EQ(s[0].extra.at("future_col"), "zz");
  EXPECT_TRUE(s[0].inMaintenance());  // 5 = CMAINT|FMAINT
}

TEST(ParseServersState, EmptyBackend) {
  EXPECT_TRUE(parseServersState("1\n# be_id be_name srv_id srv_name srv_addr srv_op_state "
                                "srv_admin_state srv_uweight srv_iweight srv_port\n\n")
                  .empty());
}

struct BadCase {
  const char* name;
  const char* reply;
  int line;
  const char* why;
};

TEST(ParseServersState, ErrorsNameTheLine) {
  const std::string header =
      "1\n# be_id be_name srv_id srv_name srv_addr srv_op_state srv_admin_state srv_uweight "
      "srv_iweight srv_port\n";
  const std::string headerRow = header + "3 web 1 s1 127.0.0.1 2 0 1 1 80\n";
  const std::string shortRow = headerRow + "3 web 2 s2 127.0.0.1 2 0 1 1\n";
  const std::string badNumber = header + "3 web x s1 127.0.0.1 2 0 1 1 80\n";
  BadCase cases[] = {
      {"unknown backend", "Can't find backend.\n", 1, "version"},
      {"empty", "", 1, "version"},
      {"no header", "1\n3 web 1 s1\n", 2, "header"},
      {"missing column", "1\n# be_id be_name srv_id\n", 2, "missing column srv_name"},
      {"short row", shortRow.c_str(), 4, "9 fields for 10 columns"},
      {"bad number", badNumber.c_str(), 3, "srv_id is not an integer"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    try {
      parseServersState(c.reply);
      ADD_FAILURE() << "no error";
    } catch (const RuntimeParseError& e) {
      EXPECT_EQ(e.line(), c.line);
      EXPECT_THAT(e.what(), HasSubstr(c.why));
      EXPECT_THAT(e.what(), HasSubstr("line " + std::to_string(c.line)));
    }
  }
}

TEST(ServerStateHelpers, AdminBits) {
  ServerState s;
  s.opState = ServerState::kRunning;
  for (int admin : {1, 2, 32, 33}) {
    s.adminState = admin;
    EXPECT_TRUE(s.inMaintenance()) << admin;
  }
  for (int admin : {0, 4, 8, 16, 64}) {
    s.adminState = admin;
    EXPECT_FALSE(s.inMaintenance()) << admin;
  }
  s.adminState = 8;
  EXPECT_TRUE(s.draining());
  EXPECT_FALSE(s.ready());
  s.adminState = 4;  // config `disabled` slot later set ready
  EXPECT_TRUE(s.ready());
  s.opState = ServerState::kStopped;
  EXPECT_FALSE(s.ready());
}

TEST(ParseInfo, RealReply) {
  auto info = parseInfo(kShowInfoHead);
  EXPECT_EQ(info.at("Name"), "HAProxy");
  EXPECT_EQ(info.at("Unstoppable Jobs"), "1");
  EXPECT_EQ(info.at("Build info"), "2.6.12-1+deb12u4");
  auto p = processInfo(info);
  EXPECT_EQ(p.pid, 14609);
  EXPECT_EQ(p.uptimeSec, 1);
  EXPECT_EQ(p.processNum, 1);
  EXPECT_EQ(p.version, "2.6.12-1+deb12u4");
}

TEST(ParseInfo, Errors) {
  try {
    parseInfo("Name: HAProxy\nUnknown command\n");
    ADD_FAILURE();
  } catch (const RuntimeParseError& e) {
    EXPECT_EQ(e.line(), 2);
  }
  EXPECT_THROW(parseInfo("Pid: 1\nPid: 2\n"), RuntimeParseError);
  EXPECT_THROW(processInfo(parseInfo("Name: HAProxy\n")), RuntimeParseError);
  EXPECT_THROW(processInfo(parseInfo("Pid: x\nUptime_sec: 1\nProcess_num: 1\nVersion: v\n")),
               RuntimeParseError);
}

TEST(ParseShowProc, RealReply) {
  auto procs = parseShowProc(kShowProc);
  ASSERT_EQ(procs.size(), 2u);
  EXPECT_EQ(procs[0].type, ProcEntry::Type::Master);
  EXPECT_EQ(procs[0].pid, 14606);
  EXPECT_EQ(procs[0].reloads, 0);
  EXPECT_EQ(procs[0].failedReloads, 0);
  EXPECT_EQ(procs[0].uptime, "0d00h00m01s");
  EXPECT_EQ(procs[0].version, "2.6.12-1+deb12u4");
  EXPECT_EQ(procs[1].type, ProcEntry::Type::Worker);
  EXPECT_EQ(procs[1].pid, 14609);
  EXPECT_FALSE(procs[1].old);
  EXPECT_FALSE(procs[1].failedReloads.has_value());
}

TEST(ParseShowProc, OldWorkersAndFailedReloads) {
  auto procs = parseShowProc(
      "#<PID>          <type>          <reloads>       <uptime>        <version>      \n"
      "100             master          2 [failed: 1]   0d00h01m00s     2.6.12-1+deb12u4\n"
      "# workers\n"
      "300             worker          0               0d00h00m05s     2.6.12-1+deb12u4\n"
      "# old workers\n"
      "200             worker          1               0d00h00m30s     2.6.12-1+deb12u4\n"
      "# programs\n\n");
  ASSERT_EQ(procs.size(), 3u);
  EXPECT_EQ(procs[0].reloads, 2);
  EXPECT_EQ(procs[0].failedReloads, 1);
  EXPECT_FALSE(procs[1].old);
  EXPECT_TRUE(procs[2].old);
  EXPECT_EQ(procs[2].pid, 200);
  EXPECT_EQ(procs[2].reloads, 1);
}

TEST(ParseShowProc, Errors) {
  try {
    parseShowProc("#<PID> <type>\n100 master\n");
    ADD_FAILURE();
  } catch (const RuntimeParseError& e) {
    EXPECT_EQ(e.line(), 2);
  }
  EXPECT_THROW(parseShowProc("# workers\n1 master 0 [failed: 0] 0d 2.6\n"), RuntimeParseError);
  EXPECT_THROW(parseShowProc("Unknown command.\n"), RuntimeParseError);
}

TEST(ReplyOk, ReferenceRules) {
  auto addr = RuntimeOp::setAddr("web", "s1", "127.0.0.2", std::string("9000"));
  auto addrNoPort = RuntimeOp::setAddr("web", "s1", "127.0.0.2", std::nullopt);
  auto weight = RuntimeOp::setWeight("web", "s1", 7);
  auto maint = RuntimeOp::setState("web", "s1", "maint");
  auto add = RuntimeOp::addServer("web", "s3", "127.0.0.1", std::string("9100"), {}, 3);
  auto del = RuntimeOp::delServer("web", "s3");
  // Replies as 2.6.12 printed them.
  EXPECT_TRUE(replyOk(addr,
                      "IP changed from '127.0.0.1' to '127.0.0.2', port changed from '18556' to "
                      "'9000' by 'stats socket command'\n"));
  EXPECT_TRUE(replyOk(addr,
                      "no need to change the addr, no need to change the port by 'stats "
                      "socket command'\n"));
  EXPECT_FALSE(replyOk(addr,
                       "IP changed from '127.0.0.1' to '127.0.0.2', problem converting "
                       "port 'x' to an int by 'stats socket command'\n"));
  EXPECT_FALSE(replyOk(addr, "Invalid addr 'bogus' by 'stats socket command'\n"));
  EXPECT_FALSE(replyOk(addrNoPort,
                       "Update for the current server address family is only supported through "
                       "configuration file\n"));
  EXPECT_TRUE(replyOk(addrNoPort, "no need to change the addr by 'stats socket command'\n"));
  EXPECT_FALSE(replyOk(addr, "No such server.\n"));
  EXPECT_TRUE(replyOk(weight, ""));
  EXPECT_TRUE(replyOk(maint, "\n"));
  EXPECT_FALSE(replyOk(weight, "No such server.\n"));
  EXPECT_FALSE(replyOk(weight, "Absolute weight can only be between 0 and 256 inclusive.\n"));
  EXPECT_TRUE(replyOk(add, "New server registered.\n"));
  EXPECT_FALSE(replyOk(add, "Already exists a server with the same name in backend.\n"));
  EXPECT_TRUE(replyOk(del, "Server deleted."));  // 2.6 prints it without a newline
  EXPECT_FALSE(replyOk(del, "Only servers in maintenance mode can be deleted."));
  EXPECT_FALSE(replyOk(del, "Server still has connections attached to it, cannot remove it."));
}

TEST(MockRuntimeApi, AnswersFromTable) {
  ::testing::NiceMock<testing::MockRuntimeApi> api;
  api.replies["del server web/s3"] = "Server deleted.";
  auto r = api.execute({"set server web/s3 state maint", "del server web/s3"});
  EXPECT_EQ(r, (std::vector<std::string>{"", "Server deleted."}));
  EXPECT_EQ(api.command("show info"), "");
  EXPECT_EQ(api.sent.size(), 3u);
  EXPECT_EQ(api.sessions, 2);
}

}  // namespace
}  // namespace hc::haproxy

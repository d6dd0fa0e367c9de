// -template values, against every rule of consul-template's ParseTemplateConfig (the regex
// `([a-zA-Z]:)?([^:]+)`, no escaping) and the seed deployment's exact string.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hc/config/config.h"
#include "test_support.h"

namespace hc::config {
namespace {

using testing::errorOf;

struct Case {
  std::string in;
  std::string source, destination;
  std::vector<std::string> command;
};

TEST(TemplateFlag, EveryRule) {
  const Case cases[] = {
      {"in", "in", "", {}},
      {"in:out", "in", "out", {}},
      {"in:out:cmd", "in", "out", {"cmd"}},
      // Colons after the second part are put back into the command (#731, #1023).
      {"in:out:curl http://h:9090/x", "in", "out", {"curl http://h:9090/x"}},
      {"in:out:a:b:c", "in", "out", {"a:b:c"}},
      // Empty segments vanish.
      {"a::b", "a", "b", {}},
      {":in:out", "in", "out", {}},
      {"::in::out::", "in", "out", {}},
      {"ab:c", "ab", "c", {}},
      {"in:out:cmd::x", "in", "out", {"cmd:x"}},
      // A single letter before ':' (a Windows drive) sticks to what follows.
      {"C:\\x:out", "C:\\x", "out", {}},
      {"in:C:\\out:cmd", "in", "C:\\out", {"cmd"}},
      {"in:x:y:cmd", "in", "x:y", {"cmd"}},
      {"in:out:a:b", "in", "out", {"a:b"}},
      {"x::y", "x", "y", {}},   // `x:` before ':' cannot stick
      {":a:b", "a:b", "", {}},  // so a one-letter source glues to the destination
      {"a:b:", "a:b", "", {}},
      {"in:x:", "in", "x", {}},
      {"1:2", "1", "2", {}},  // digits are not drive letters
      // Whitespace is kept.
      {"in : out", "in ", " out", {}},
      {" : ", " ", " ", {}},
      {"in:out: cmd ", "in", "out", {" cmd "}},
      // The seed's service definition.
      {"/etc/haproxy/haproxy.cfg.tmpl:/etc/haproxy/haproxy.cfg:chmod 644 "
       "/etc/haproxy/haproxy.cfg && service haproxy reload",
       "/etc/haproxy/haproxy.cfg.tmpl",
       "/etc/haproxy/haproxy.cfg",
       {"chmod 644 /etc/haproxy/haproxy.cfg && service haproxy reload"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.in);
    TemplateConfig t = parseTemplateFlag(c.in);
    EXPECT_EQ(t.source, c.source);
    EXPECT_EQ(t.destination, c.destination);
    EXPECT_EQ(t.command, c.command);
    EXPECT_FALSE(t.contents.has_value());
    EXPECT_EQ(t.commandTimeout, std::chrono::seconds(30));
    EXPECT_FALSE(t.haproxy.enabled);
  }
}

TEST(TemplateFlag, EmptyOrAllColonsIsAnError) {
  for (const std::string in : {"", "   ", ":", "::::", "\t\n"}) {
    SCOPED_TRACE(in);
    EXPECT_EQ(errorOf<FlagError>([&] { parseTemplateFlag(in); }), "template: cannot be empty");
  }
}

}  // namespace
}  // namespace hc::config

#include "marsad/text/word_list.h"

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace marsad::text {
namespace {

using Entries = std::vector<std::pair<std::size_t, std::string>>;

Entries Read(std::string_view list) {
  Entries out;
  EXPECT_TRUE(ForEachListLine(list, [&](std::size_t line, std::string_view entry) {
                out.emplace_back(line, std::string(entry));
              }).ok());
  return out;
}

TEST(WordListTest, CommentsBlanksAndLineEnds) {
  // A CRLF file, a comment after an entry, a comment line, blank and blank-only lines, and
  // a last line with no newline: the entries keep the numbers of the lines they stand on.
  EXPECT_EQ(Read("# header\r\nقال\r\n\r\n  أكد  # a comment\r\n \t \nصرح"),
            (Entries{{2, "قال"}, {4, "أكد"}, {6, "صرح"}}));
  EXPECT_EQ(Read(""), Entries{});
  EXPECT_EQ(Read("\n\n# only comments\n"), Entries{});
  // The blanks inside an entry stay: lists hold phrases.
  EXPECT_EQ(Read("\tرئيس  الوفد \n"), (Entries{{1, "رئيس  الوفد"}}));
}

TEST(WordListTest, StopsAtTheFirstError) {
  std::vector<std::string> seen;
  const Status s = ForEachListLine("a\nbad\nc\n", [&](std::size_t line, std::string_view entry) -> Status {
    seen.emplace_back(entry);
    if (entry == "bad") return ListLineError("words.txt", line, "no such word");
    return Status::Ok();
  });
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "words.txt:2: no such word");
  EXPECT_EQ(seen, (std::vector<std::string>{"a", "bad"}));
}

TEST(WordListTest, EntriesWithoutNumbers) {
  std::vector<std::string> seen;
  ForEachListEntry("x # c\n\n y\r\n", [&](std::string_view e) { seen.emplace_back(e); });
  EXPECT_EQ(seen, (std::vector<std::string>{"x", "y"}));
}

TEST(WordListTest, TrimBlanks) {
  EXPECT_EQ(TrimBlanks(" \t\r\f\vكلمة \r"), "كلمة");
  EXPECT_EQ(TrimBlanks(" \t "), "");
  EXPECT_EQ(TrimBlanks(""), "");
}

}  // namespace
}  // namespace marsad::text

#include "marsad/text/edit_distance.h"

#include <gtest/gtest.h>

#include "marsad/text/utf8.h"

namespace marsad::text {
namespace {

TEST(EditDistanceTest, CodePoints) {
  EXPECT_EQ(EditDistance(U"لافرنتيف", U"لافرينتيف"), 1u);  // one inserted ي, not two bytes
  EXPECT_EQ(EditDistance(U"لافروف", U"لافرينتيف"), 4u);
  EXPECT_EQ(EditDistance(U"", U"abc"), 3u);
  EXPECT_EQ(EditDistance(U"abc", U""), 3u);
  EXPECT_EQ(EditDistance(U"kitten", U"sitting"), 3u);
  EXPECT_EQ(EditDistance(U"same", U"same"), 0u);
  EXPECT_EQ(EditDistance(ToCodePoints("kösen"), ToCodePoints("kosen")), 1u);
}

}  // namespace
}  // namespace marsad::text

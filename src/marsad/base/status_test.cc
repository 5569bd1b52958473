#include "marsad/base/status.h"

#include <gtest/gtest.h>

#include "marsad/base/result.h"

namespace marsad {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, ContextIsPrefixed) {
  Status s = Status::IOError("No such file").WithContext("a.txt");
  EXPECT_TRUE(s.IsIOError());
  EXPECT_EQ(s.ToString(), "I/O error: a.txt: No such file");
  EXPECT_TRUE(Status::Ok().WithContext("x").ok());
}

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

Status UseHalf(int x, int* out) {
  MARSAD_ASSIGN_OR_RETURN(*out, Half(x));
  return Status::Ok();
}

TEST(ResultTest, ValueOrStatus) {
  int v = 0;
  EXPECT_TRUE(UseHalf(8, &v).ok());
  EXPECT_EQ(v, 4);
  Status s = UseHalf(3, &v);
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_EQ(s.message(), "odd");
}

}  // namespace
}  // namespace marsad

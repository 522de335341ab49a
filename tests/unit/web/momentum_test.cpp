// Momentum scrolling (web/momentum.h): a flick glides on after the finger lifts and slows down
// like a phone's scrolling; a finger that stopped before lifting does not glide.
#include <doctest/doctest.h>

#include <cmath>

#include "web/momentum.h"

using dutyatlas::web::Momentum;

namespace {

// A finger moving `total` px over `ms` milliseconds in 16-ms steps (one per frame), from t = 0.
void swipe(Momentum& m, double total, double ms) {
  m.finger_down(0);
  int steps = int(ms / 16);
  for (int i = 1; i <= steps; ++i) m.finger_moved(i * 16.0, total / steps);
}

// Steps the glide frame by frame until it ends; returns the distance it covered.
double glide(Momentum& m, double from_ms, int* frames = nullptr) {
  double covered = 0;
  int n = 0;
  for (double t = from_ms + 16; m.gliding() && n < 10000; t += 16, ++n) covered += m.step(t);
  if (frames) *frames = n;
  return covered;
}

}  // namespace

TEST_CASE("momentum: a 400-px flick in 200 ms glides on, slowing down, about v0 / -ln(0.998)") {
  Momentum m;
  swipe(m, -400, 192);  // up the screen: the content scrolls on upwards
  m.finger_up(192);
  REQUIRE(m.gliding());
  CHECK(m.velocity() == doctest::Approx(-400.0 / 192).epsilon(0.2));
  double v0 = m.velocity();
  int frames = 0;
  double first = m.step(208);
  double covered = first + glide(m, 208, &frames);
  CHECK(covered < 0);
  // The closed form: v0 / -ln k, less the tail below the stopping speed.
  double expected = v0 / -std::log(Momentum::kDecayPerMs);
  CHECK(std::abs(covered) == doctest::Approx(std::abs(expected)).epsilon(0.05));
  CHECK(std::abs(covered) > 400);  // ends further than the finger travelled
  CHECK(frames > 60);              // over a second of gliding, as on a phone
  CHECK(frames < 300);             // and it does end
}

TEST_CASE("momentum: each frame moves less than the one before") {
  Momentum m;
  swipe(m, 300, 160);
  m.finger_up(160);
  double last = m.step(176);
  for (double t = 192; m.gliding(); t += 16) {
    double now = m.step(t);
    CHECK(std::abs(now) <= std::abs(last));
    last = now;
  }
}

TEST_CASE("momentum: a finger that rested before lifting does not glide") {
  Momentum m;
  swipe(m, 300, 160);
  m.finger_up(160 + 200);  // held still for 200 ms, then lifted
  CHECK_FALSE(m.gliding());
  CHECK(m.step(400) == 0);
}

TEST_CASE("momentum: a touch during the glide holds the page") {
  Momentum m;
  swipe(m, 300, 160);
  m.finger_up(160);
  m.step(176);
  m.finger_down(200);
  CHECK_FALSE(m.gliding());
  CHECK(m.step(216) == 0);
}

TEST_CASE("momentum: a slow drag stops where the finger left it, a wild flick is clamped") {
  Momentum slow;
  swipe(slow, 4, 96);  // 4 px in about 0.1 s
  slow.finger_up(96);
  CHECK_FALSE(slow.gliding());

  Momentum wild;
  wild.finger_down(0);
  wild.finger_moved(1, 5000);
  wild.finger_up(2);
  CHECK(wild.velocity() == doctest::Approx(Momentum::kMaxVelocity));

  // Twenty moves of 20 px in one burst: as fast as twenty frames' worth, no faster.
  Momentum burst;
  burst.finger_down(0);
  for (int i = 0; i < 20; ++i) burst.finger_moved(10 + i * 0.5, -20);
  burst.finger_up(20);
  CHECK(burst.velocity() == doctest::Approx(-400.0 / (20 * Momentum::kFrameMs)));
}

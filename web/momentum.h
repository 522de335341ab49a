// Momentum (inertial) scrolling after a finger lifts: the page glides on and slows down the way
// a phone's own scrolling does. Pure arithmetic, no ImGui and no browser, so it is unit-tested
// natively (tests/unit/web/momentum_test.cpp); web/touch_input.cpp feeds it and applies it.
//
// The finger's velocity is the distance it moved over the last kVelocityWindowMs before it
// lifted (older samples say nothing about the flick). After the lift the velocity decays
// exponentially, v(t) = v0 · kDecayPerMs^t — the rule of iOS's UIScrollView at its "normal"
// deceleration rate (0.998 per millisecond), which Android's fling feels close to. The glide
// covers v0 / -ln(kDecayPerMs) in all: a flick at 1 px/ms travels about 500 px further.
// Not for: wheels and touchpads (the operating system already adds their momentum).
#pragma once

#include <array>
#include <cstddef>

namespace dutyatlas::web {

class Momentum {
 public:
  static constexpr double kDecayPerMs = 0.998;
  static constexpr double kVelocityWindowMs = 100;
  // Slower than this (px/ms) a lift is a stop, not a flick, and a glide ends.
  static constexpr double kMinVelocity = 0.05;
  // Faster flicks are clamped: a hardware hiccup must not throw the page to its end.
  static constexpr double kMaxVelocity = 8;
  // The least time a finger move stands for: one frame at 60 Hz.
  static constexpr double kFrameMs = 1000.0 / 60;

  // The finger touched: any glide stops (a touch on a moving page holds it, as on phones).
  void finger_down(double now_ms);
  // The finger moved `dy` CSS pixels (positive: the content moves down with it).
  void finger_moved(double now_ms, double dy);
  // The finger lifted at `now_ms`: starts a glide if it was moving fast enough.
  void finger_up(double now_ms);
  // The distance to scroll since the last step (or the lift), in the finger's direction;
  // 0 once the glide is over.
  double step(double now_ms);
  bool gliding() const { return gliding_; }
  double velocity() const { return velocity_; }  // px/ms, in the finger's direction

 private:
  struct Sample {
    double time_ms = 0;
    double dy = 0;
  };
  std::array<Sample, 16> samples_{};  // the latest finger moves, a ring
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  bool gliding_ = false;
  double velocity_ = 0;
  double last_ms_ = 0;
};

}  // namespace dutyatlas::web

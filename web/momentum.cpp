// Momentum scrolling's arithmetic (see momentum.h).
#include "web/momentum.h"

#include <algorithm>
#include <cmath>

namespace dutyatlas::web {

void Momentum::finger_down(double now_ms) {
  gliding_ = false;
  velocity_ = 0;
  count_ = 0;
  next_ = 0;
  last_ms_ = now_ms;
}

void Momentum::finger_moved(double now_ms, double dy) {
  samples_[next_] = Sample{now_ms, dy};
  next_ = (next_ + 1) % samples_.size();
  count_ = std::min(count_ + 1, samples_.size());
  last_ms_ = now_ms;
}

void Momentum::finger_up(double now_ms) {
  // The moves within the window before the lift; a finger that rested before lifting has none.
  double distance = 0, earliest = now_ms;
  int moves = 0;
  for (std::size_t i = 0; i < count_; ++i) {
    const Sample& s = samples_[(next_ + samples_.size() - 1 - i) % samples_.size()];
    if (now_ms - s.time_ms > kVelocityWindowMs) break;
    distance += s.dy;
    earliest = s.time_ms;
    ++moves;
  }
  count_ = 0;
  // Browsers deliver touch moves once a frame: each move stands for at least a frame's time, so
  // moves that arrive in a burst (a busy page, a synthetic swipe) do not make a wild flick.
  double span = std::max(now_ms - earliest, kFrameMs * std::max(moves, 1));
  velocity_ = std::clamp(distance / span, -kMaxVelocity, kMaxVelocity);
  gliding_ = std::abs(velocity_) >= kMinVelocity;
  if (!gliding_) velocity_ = 0;
  last_ms_ = now_ms;
}

double Momentum::step(double now_ms) {
  if (!gliding_) return 0;
  double dt = std::max(now_ms - last_ms_, 0.0);
  last_ms_ = now_ms;
  // The distance covered over dt under exponential decay: ∫ v0·k^t dt = v0·(k^dt − 1)/ln k.
  double k = std::pow(kDecayPerMs, dt);
  double distance = velocity_ * (k - 1) / std::log(kDecayPerMs);
  velocity_ *= k;
  if (std::abs(velocity_) < kMinVelocity) {
    gliding_ = false;
    velocity_ = 0;
  }
  return distance;
}

}  // namespace dutyatlas::web

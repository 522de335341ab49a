// The words of a body's contact (联系方式) wherever the client shows it: the body page's block,
// the line under a 谁来管 suggestion and a body in search results (web/views/contact.cpp).
#pragma once

namespace dutyatlas::web::text {

inline constexpr const char* kContact = "联系方式";
inline constexpr const char* kContactAddress = "办公地址";
inline constexpr const char* kContactHours = "办公时间";
inline constexpr const char* kContactWebsite = "网站";
inline constexpr const char* kContactServiceHall = "办事地点";
inline constexpr const char* kCopyContact = "复制联系方式";
inline constexpr const char* kContactCopied = "已复制联系方式";
inline constexpr const char* kSampleContactNote = "示例联系方式：号码、地址和网址均为虚构，请勿拨打或访问。";
inline constexpr const char* kSampleContactShort = "（示例）";
inline constexpr const char* kContactOf = "的联系方式";

}  // namespace dutyatlas::web::text

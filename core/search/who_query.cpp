// 谁来管: a complaint → the OR query over what it is about (see who_query.h).
#include "core/search/who_query.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "core/base/sqlite_statement.h"
#include "core/base/utf8.h"
#include "core/search/tokenizer.h"

namespace dutyatlas {
namespace {

// A complaint names at most a couple of hundred words worth asking for; beyond that the query
// only gets slower (every bigram of a 2,000-character paste is ~1,500 terms): the first
// kMaxComplaintTerms are asked for, and repeated ones twice while the query has fewer than
// kMaxComplaintPhrases phrases.
constexpr std::size_t kMaxComplaintTerms = 192;
constexpr std::size_t kMaxComplaintPhrases = 256;

// Characters that make a bigram filler whatever the other one is: particles and pronouns
// ("的烧" in 楼下的烧烤店, "我家", "他们", "好吗").
constexpr std::string_view kFillerChars[] = {"的", "了", "吗", "呢", "吧", "啊", "呀",
                                             "哦", "嘛", "么", "我", "你", "您", "他",
                                             "她", "它", "们", "咱", "啥"};

// Colloquial bigrams that say who, where, when or how upset, not what: hotline records are full
// of them, and each one that happens to occur in some duty drags an unrelated body up (小区 in
// 老旧小区改造, 社区 in 社区矫正, 投诉 in every 受理投诉举报).
constexpr std::string_view kFillerBigrams[] = {
    // who and where
    "小区", "楼下", "楼上", "隔壁", "对面", "附近", "旁边", "门口", "家里", "居民", "住户", "市民",
    "群众", "邻居", "大家", "人家", "老人", "孩子", "小孩", "公司", "老板", "店家", "商家", "店主",
    "社区", "街道", "单元", "号楼", "村里",
    "人民", "一楼", "二楼", "三楼", "四楼", "五楼", "六楼", "正对", "对着",
    // when
    "每天", "天天", "晚上", "早上", "中午", "下午", "上午", "白天", "半夜", "凌晨", "夜里", "今天",
    "昨天", "前天", "明天", "现在", "最近", "这几", "几天", "一天", "天了", "多月", "个月", "一年",
    "年了", "时候", "小时", "点多", "已经", "一直", "经常", "总是", "老是", "每次", "上周", "上个",
    "去年", "今年",
    // speaking to the hotline
    "来电", "电人", "人反", "人称", "民来", "请问", "你好", "您好", "投诉", "举报", "反映", "诉求", "希望", "要求", "请求",
    "麻烦", "帮忙", "谢谢", "相关", "有关", "部门", "政府", "领导", "处理", "解决", "核实", "尽快",
    "赶紧", "督促", "监管", "执法", "管管", "管一", "一管", "来管", "谁管", "没人", "人管", "不管", "管不", "谁来",
    "能不", "不能", "可以", "是不", "不是", "有没", "没有", "怎么", "什么", "为什", "到底", "问题",
    "情况", "事情", "这个", "那个", "这种", "这样", "一个", "几个", "好几", "一下", "知道", "不知",
    // how upset
    "严重", "非常", "特别", "太大", "很大", "好多", "很多", "根本", "实在", "真的", "简直", "受不",
    "不了", "得要", "要命", "死了", "烦死", "影响", "导致", "造成", "还是", "就是", "但是", "而且",
    "因为", "所以", "如果", "然后", "结果", "还有", "也不", "都不", "不到", "说是", "说了", "打了",
    "打电", "电话", "多次", "几次"};

bool is_filler(const std::string& token) {
  bool ascii = std::all_of(token.begin(), token.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    // Numbers are house numbers, dates, times and phone numbers; a word (KTV, LED) stays.
    return std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  for (std::string_view c : kFillerChars) {
    if (token.find(c) != std::string::npos) return true;
  }
  return std::find(std::begin(kFillerBigrams), std::end(kFillerBigrams), token) !=
         std::end(kFillerBigrams);
}

}  // namespace

// A complaint says them on their own ("太吵了", "臭得要命"), where its bigrams (太吵, 臭得) find
// nothing.
std::vector<std::string> single_character_words(const DutyDatabase& db) {
  std::vector<std::string> words;
  Statement q(db.handle(),
              "SELECT word FROM synonyms WHERE length(word) = 1 UNION "
              "SELECT alternative FROM synonyms WHERE length(alternative) = 1 UNION "
              "SELECT word FROM keywords WHERE length(word) = 1");
  while (q.step()) {
    std::string w = fold_text(q.text(0));
    // ASCII letters would match inside words; only ideographs are words on their own.
    if (!w.empty() && static_cast<unsigned char>(w[0]) >= 0x80 && !is_filler(w)) words.push_back(w);
  }
  return words;
}

ComplaintQuery complaint_query(const DutyDatabase& db,
                               const std::vector<std::string>& single_character_words,
                               std::string_view complaint) {
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const Token& t : tokenize(complaint, TokenizeMode::kQuery)) {
    // A lone character is one of a date (2025年3月) or a sentence (称：); only the publisher's
    // one-character words, below, are asked for on their own.
    if (static_cast<unsigned char>(t.text[0]) >= 0x80 && code_point_count(t.text) == 1) continue;
    if (is_filler(t.text)) continue;
    if (count[t.text]++ == 0) order.push_back(t.text);
  }
  std::string folded = fold_text(complaint);
  for (const std::string& w : single_character_words) {
    if (count.count(w)) continue;
    for (std::size_t at = folded.find(w); at != std::string::npos; at = folded.find(w, at + w.size())) {
      if (count[w]++ == 0) order.push_back(w);
    }
  }
  // Only the terms the index holds: most bigrams of colloquial text occur nowhere in duties and
  // lists, and each costs bm25() for every row the query finds (a 300-character complaint asks
  // for ~100 bigrams of which ~20 occur; without the rest it ranks twice as fast, the same way).
  // The row counts come with the look-up: who_confidence.h weighs the terms by them.
  ComplaintQuery query;
  Statement vocabulary(db.handle(), "SELECT doc FROM search_vocab WHERE term = ?1");
  order.erase(std::remove_if(order.begin(), order.end(),
                             [&](const std::string& term) {
                               vocabulary.reset();
                               vocabulary.bind(1, term);
                               if (!vocabulary.step()) return true;
                               query.rows_holding[term] = vocabulary.integer(0);
                               return false;
                             }),
              order.end());
  if (order.size() > kMaxComplaintTerms) order.resize(kMaxComplaintTerms);
  std::size_t phrases = order.size();
  for (const std::string& term : order) {
    query.terms.insert(term);
    // FTS5's bm25() sums over the phrases of the query, so a phrase given twice counts twice:
    // a word the complaint says more than once weighs double (not more: a rant repeats itself).
    int times = count[term] >= 2 && phrases < kMaxComplaintPhrases ? 2 : 1;
    phrases += std::size_t(times - 1);
    for (int i = 0; i < times; ++i) {
      if (!query.match.empty()) query.match += " OR ";
      query.match += "\"" + term + "\"";  // tokens never contain '"' (it separates them)
    }
  }
  return query;
}

}  // namespace dutyatlas

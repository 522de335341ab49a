// Gap finders (see gaps.h).
#include "core/audit/gaps.h"

#include <map>
#include <set>
#include <string>

#include "core/base/sqlite_statement.h"
#include "core/search/who.h"

namespace dutyatlas {

void find_stages_without_lead(const AuditContext& context, std::vector<AuditFinding>* out) {
  Statement q(context.db.handle(),
              "SELECT m.code, m.name, s.stage, (SELECT group_concat(body_id, '、') FROM "
              "division_stage_bodies c WHERE c.code = s.code AND c.stage_seq = s.seq) "
              "FROM division_stages s JOIN division_matters m ON m.code = s.code "
              "WHERE NOT EXISTS (SELECT 1 FROM division_stage_bodies l WHERE l.code = s.code AND "
              "l.stage_seq = s.seq AND l.role = 'lead') ORDER BY m.sort, s.seq");
  while (q.step()) {
    add_finding(out, FindingKind::kStageWithoutLead, 1,
                "职责分工事项 " + q.text(0) + "“" + q.text(1) + "”的“" + q.text(2) + "”环节未明确牵头单位",
                {"", "", q.text(0),
                 q.text(1) + " · " + q.text(2) + (q.text(3).empty() ? "" : "（配合：" + q.text(3) + "）"),
                 "lists/division.csv"});
  }
}

void find_unknown_bodies(const AuditContext& context, std::vector<AuditFinding>* out) {
  // Bodies with a duty in force at the data date, and those that ever had one: a body with only
  // ended duties is one the reforms dissolved or merged.
  std::set<std::string> current, ever;
  Statement c(context.db.handle(),
              "SELECT body_id, max(valid_from <= ?1 AND (valid_to = '' OR valid_to > ?1)) "
              "FROM clause_versions GROUP BY body_id");
  c.bind(1, context.data_date);
  while (c.step()) {
    ever.insert(c.text(0));
    if (c.integer(1)) current.insert(c.text(0));
  }
  // Each place that names a body: (where, file, the body, the item naming it, its text).
  Statement q(context.db.handle(),
              "SELECT '权力清单', 'lists/powers.csv', body_id, code, name FROM powers "
              "UNION ALL SELECT '权力清单（责任主体）', 'lists/powers.csv', responsible_body_id, code, name "
              "FROM powers WHERE ifnull(responsible_body_id, '') <> '' "
              "UNION ALL SELECT '责任清单', 'lists/responsibilities.csv', body_id, power_code, stage "
              "FROM responsibilities WHERE ifnull(body_id, '') <> '' "
              "UNION ALL SELECT '职责分工清单', 'lists/division.csv', sb.body_id, sb.code, m.name "
              "FROM division_stage_bodies sb JOIN division_matters m ON m.code = sb.code "
              "UNION ALL SELECT '职责任务清单', 'lists/tasks.json', tb.body_id, tb.list_id, t.task "
              "FROM task_bodies tb JOIN tasks t ON t.list_id = tb.list_id AND t.seq = tb.seq "
              "UNION ALL SELECT '三定职责分工', 'sanding/' || body_id || '.json', other_body_id, doc_no, '' "
              "FROM boundary_bodies");
  std::map<std::string, AuditFinding> by_body;
  while (q.step()) {
    std::string body = q.text(2);
    if (body.empty() || current.count(body)) continue;
    bool in_data = context.known(body);
    // A body in the data that never had 三定 duties (an institution, a coordination body) is
    // named rightly: only a missing body or one whose duties all ended is worth a look.
    if (in_data && !ever.count(body)) continue;
    AuditFinding& f = by_body[body];
    if (f.refs.empty()) {
      f.kind = FindingKind::kUnknownBody;
      f.summary = in_data ? context.name(body) + "已无现行职责，仍被引用"
                          : "引用的机构“" + body + "”不在机构数据中";
    }
    f.score += 1;
    if (f.refs.size() < 20) f.refs.push_back({body, context.name(body), q.text(3), q.text(0) + "：" + q.text(4), q.text(1)});
  }
  for (auto& [body, f] : by_body) out->push_back(std::move(f));
}

void find_dangling_search_words(const AuditContext& context, std::vector<AuditFinding>* out) {
  Statement k(context.db.handle(),
              "SELECT k.word, k.target_kind, k.target FROM keywords k WHERE CASE k.target_kind "
              "WHEN 'duty' THEN NOT EXISTS (SELECT 1 FROM clause_versions c WHERE "
              // body and key apart, so the look-up uses the clause index, not a scan per keyword
              "c.body_id = substr(k.target, 1, instr(k.target, '#') - 1) AND "
              "c.key = substr(k.target, instr(k.target, '#') + 1) AND c.valid_from <= ?1 AND "
              "(c.valid_to = '' OR c.valid_to > ?1)) "
              "WHEN 'matter' THEN NOT EXISTS (SELECT 1 FROM division_matters m WHERE m.code = k.target) "
              "WHEN 'power' THEN NOT EXISTS (SELECT 1 FROM powers p WHERE p.code = k.target) "
              "ELSE 1 END ORDER BY k.word, k.target");
  k.bind(1, context.data_date);
  static const std::map<std::string, std::string> kTargetWords = {
      {"duty", "职责"}, {"matter", "分工事项"}, {"power", "权力事项"}};
  while (k.step()) {
    auto word = kTargetWords.find(k.text(1));
    std::string kind = word == kTargetWords.end() ? k.text(1) : word->second;
    add_finding(out, FindingKind::kDanglingSearchWord, 1,
                "关键词“" + k.text(0) + "”指向的" + kind + " " + k.text(2) + " 不存在或已失效",
                {"", "", k.text(2), k.text(0), "keywords.csv"});
  }
  // Synonym groups: the word and its alternatives; a group is dangling when none occurs.
  std::map<std::string, std::set<std::string>> groups;
  Statement s(context.db.handle(), "SELECT word, alternative FROM synonyms ORDER BY word");
  while (s.step()) {
    groups[s.text(0)].insert(s.text(0));
    groups[s.text(0)].insert(s.text(1));
  }
  // Where a synonym may occur, read once: each distinct text of the clauses in force, the
  // powers' and matters' names, one per line (a line break is in no word), searched in memory —
  // not one scan of every clause per word (1.5 s at synth --scale 20).
  std::string haystack;
  Statement texts(context.db.handle(),
                  "SELECT DISTINCT text FROM clause_versions WHERE valid_from <= ?1 AND "
                  "(valid_to = '' OR valid_to > ?1) UNION SELECT name FROM powers UNION "
                  "SELECT sub_name FROM powers UNION SELECT name FROM division_matters");
  texts.bind(1, context.data_date);
  while (texts.step()) haystack += texts.text(0) + "\n";
  std::set<std::string> keywords;
  Statement words(context.db.handle(), "SELECT DISTINCT word FROM keywords");
  while (words.step()) keywords.insert(words.text(0));
  for (const auto& [word, members] : groups) {
    bool found = false;
    for (const auto& member : members) {
      found = haystack.find(member) != std::string::npos || keywords.count(member) > 0;
      if (found) break;
    }
    if (found) continue;
    std::string all;
    for (const auto& m : members) all += (all.empty() ? "" : "、") + m;
    add_finding(out, FindingKind::kDanglingSearchWord, 0.5,
                "同义词组“" + all + "”在现行职责、权力事项和分工事项中均未出现",
                {"", "", word, all, "synonyms.csv"});
  }
}

namespace {

// A word 谁来管 is asked with, and where a publisher changes what it means.
struct Topic {
  std::string word;
  std::string label;  // how the finding names it
  std::string file;
};

// The publisher's synonym groups' head words, then the general lexicon's topics (each asked with
// its first word, as a caller would put it), a word asked once.
std::vector<Topic> topics_to_ask(const AuditContext& context) {
  std::vector<Topic> topics;
  std::set<std::string> asked;
  Statement s(context.db.handle(), "SELECT DISTINCT word FROM synonyms ORDER BY word");
  while (s.step()) {
    if (asked.insert(s.text(0)).second) topics.push_back({s.text(0), "谁来管“" + s.text(0) + "”", "synonyms.csv"});
  }
  Statement l(context.db.handle(),
              "SELECT topic, word FROM lexicon WHERE seq IN (SELECT min(seq) FROM lexicon GROUP BY topic) "
              "ORDER BY seq");
  while (l.step()) {
    if (!asked.insert(l.text(1)).second) continue;
    topics.push_back({l.text(1), "通用词库话题“" + l.text(0) + "”（问“" + l.text(1) + "”）", "lexicon.csv"});
  }
  return topics;
}

}  // namespace

void find_topics_without_duty(const AuditContext& context, std::vector<AuditFinding>* out) {
  for (const Topic& topic : topics_to_ask(context)) {
    std::vector<WhoCandidate> who = who_handles(context.db, topic.word, 1, 40);
    std::string answered_by;  // the kinds of evidence of the first body, for the finding
    bool by_duty = false;
    if (!who.empty()) {
      for (const auto& e : who.front().evidence) {
        by_duty = by_duty || e.hit.kind == "duty" || e.hit.kind == "matter";
        if (answered_by.find(e.hit.kind) == std::string::npos) answered_by += (answered_by.empty() ? "" : "、") + e.hit.kind;
      }
    }
    if (by_duty) continue;
    if (who.empty()) {
      // Found by nothing at all: a dangling synonym group (find_dangling_search_words) when its
      // words occur nowhere; otherwise a word 谁来管 cannot place.
      add_finding(out, FindingKind::kTopicWithoutDuty, 1, topic.label + "未找到对应机构",
                  {"", "", topic.word, topic.word, topic.file});
      continue;
    }
    const WhoCandidate& first = who.front();
    add_finding(out, FindingKind::kTopicWithoutDuty, 0.5,
                topic.label + "首选" + first.name + "，但仅有清单事项（" + answered_by + "）对应，无职责条款或分工事项",
                context.body_ref(first.body_id, topic.word, first.evidence.empty() ? "" : first.evidence.front().hit.title,
                                 topic.file));
  }
}

}  // namespace dutyatlas

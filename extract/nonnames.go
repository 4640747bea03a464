package extract

import (
	"strings"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// zhTimeWords are relative dates that the name finders can take for a name when they stand
// next to one (上月完成…, 灵枢智造上月与…): they are cut off a candidate's ends.
var zhTimeWords = append(zhWeekdayWords, "上月", "本月", "下月", "今年", "去年", "明年", "前年", "昨日", "今日", "同日", "同月",
	"日前", "近日", "早前", "上周", "本周", "上年", "翌年", "当日", "目前", "现时", "此前")

// zhNotNameStarts open verb phrases and descriptions, never a name (专注仓储物流机器人,
// 主要为…, 持有香港科技大学…).
var zhNotNameStarts = []string{"专注", "主要", "开发", "提供", "负责", "从事", "致力", "聚焦", "用于", "命名", "持有",
	"增聘", "进军", "开拓", "资料", "其余", "余资金", "单个", "每个", "每间", "每家", "两间", "两家", "两笔", "多间", "多家",
	"财务", "团队", "中小型", "毕业", "来自", "早期", "者", "本报", "本刊", "本台", "本网", "本社", "累计", "合计",
	"共同", "分别", "陆续", "持续", "营运", "运营", "管理", "负责", "推行", "推动", "预计", "预期", "首批", "互设", "共建",
	"设有",
	"后者", "前者", "合并后", "但", "期间", "专门", "本届", "今届", "该届", "上届",
	// Verbs of study and work before the school or employer (取得香港大学博士学位)
	"取得", "获得", "修读", "就读", "攻读", "加盟", "任职", "拥有",
	"另一", "其中一", // 另一創辦人, 其中一名董事
	"留任", "出任", "担任", "兼任", "转任", "升任", "接任", // 留任凍運通行政總裁: a verb of taking a post
	"参展", "同样", // 「智裝科技」同樣參展
	// Verbs whose object is the name (欢迎瑞能科技落户, 获甲邀请进驻, 协助初创…)
	"欢迎", "邀请", "感谢", "祝贺", "恭喜", "协助", "帮助", "助力", "加快",
	"表现",             // 業務表現理想: how a business did
	"接触", "接洽", "商讨", // 正与多家公用事业公司接触: the verb after a counted noun
	"最高", "最多", "最少", // 每间企业最高可获…资助: a limit, not a grantee
	"有望", "可望", "轮流", "依次", "逐一"} // 其加盟有望加快…, 初创企业轮流路演: adverbs before a verb

// zhVerbsBeforeNames stand before a name they govern: cut off a candidate that has a name's
// ending after them (欢迎瑞能科技 → 瑞能科技), or the candidate is the verb alone.
var zhVerbsBeforeNames = map[string]bool{"欢迎": true, "邀请": true, "感谢": true, "祝贺": true, "恭喜": true,
	"协助": true, "帮助": true, "助力": true}

// zhTrailingObjects follow a company's name — what was bought of it (收购上海柏谷生物全部股权)
// or the department that acted for it (由字节跳动战略投资部领投) — and are cut off it.
var zhTrailingObjects = []string{"全部股权", "部分股权", "全部股份", "的股权", "股权", "战略投资部", "投资部", "事业部",
	"投资团队"}

// zhBareEndings are legal and kind endings that name nothing alone.
var zhBareEndings = map[string]bool{"有限": true, "有限公司": true, "股份有限公司": true, "公司": true, "集团": true,
	"控股": true, "股份": true, "基金": true, "计划": true, "资本": true}

// zhTrailingAdverbs follow a company's name at a clause's start and are cut off it
// (云栖医疗同步宣布 → 云栖医疗).
var zhTrailingAdverbs = []string{"同步", "同时", "正式", "再次", "首次", "亦", "也", "再", "又", "则", "任", // 则; 任 (在梅奥诊所任研究员)
	"还"} // 云帆智能还表示

// zhReportWords tell what someone said or reported, or deny it: a candidate holding one is a
// clause read as a name (有报道指政府, 市场传闻公司, 暂时未有相关计划, 回应称公司), never a name.
var zhReportWords = []string{"传闻", "有报道", "报道指", "报道称", "报道说", "有消息", "消息指", "消息称", "未有", "没有",
	"暂时", "回应", "表示", "透露",
	"告诉", "告知", "获悉", "了解到"} // 負責人告訴記者, 記者從甲獲悉 (r19 zh names)

// zhAnyWords open a noun phrase about no one in particular (任何券商, 所有股东, 有关部门).
var zhAnyWords = []string{"任何", "所有", "有关", "相关", "部分", "某"}

// zhGenericPlaces are what a company has or sets up, not what it is called, when a region
// word alone qualifies them (国际总部, 亚洲区域总部, 海外研发中心: the company's own, named
// by its owner). Alone they may refer back to a named one (实验室 for 智能制造联合实验室).
var zhGenericPlaces = []string{"总部", "实验室", "办公室", "研发中心", "生产线"}

// zhRegionWords qualify a company's office by the region it serves (亚洲总部, 海外研发中心).
var zhRegionWords = map[string]bool{"国际": true, "海外": true, "亚洲": true, "亚太": true, "全球": true, "东南亚": true,
	"中东": true, "欧洲": true, "大中华": true, "大湾区": true, "": true}

// zhGenericRoles name a thing or a part someone plays, never an organisation (专利 in
// 以专利作价入股, 发言人 in 公司发言人回应).
var zhGenericRoles = map[string]bool{"专利": true, "发言人": true, "代表": true, "负责人": true}

// zhPlanVerbFollowers come after 计划 when it is the verb "plans" (衡矩智能计划于下半年…).
var zhPlanVerbFollowers = []string{"于", "在", "将", "以", "向", "把", "明年", "今年", "年内", "下半年", "上半年", "最快", "进一步"}

// zhClassifiers follow a number; a candidate that starts with one after a digit or a numeral
// is a counted noun (1,800家科技公司), not a name.
var zhClassifiers = runeSet("家间个笔名位项只台辆")

var zhNumerals = runeSet("0123456789一二三四五六七八九十百千万两几数多")

// enTitleEnds are the last words of titles that the capitalised-run finders read as names
// ("Chief Investment Officer").
var enTitleEnds = map[string]bool{"Officer": true, "Director": true, "Manager": true, "President": true,
	"Chairman": true, "Chairwoman": true, "Secretary": true, "Executive": true, "Head": true}

// enPostWords open the names of posts: Secretary for Justice, Director of Audit.
var enPostWords = map[string]bool{"Secretary": true, "Minister": true, "Director": true, "Commissioner": true,
	"Chairman": true, "Chief": true, "Head": true, "Controller": true, "Permanent": true, "Under": true}

// enNotNameWords are capitalised words that are no entity when they stand alone.
var enNotNameWords = map[string]bool{"PhD": true, "Government": true, "MBA": true, "Professor": true, "Board": true,
	"Chief": true, "Company": true, "Group": true, "Fund": true, "Scheme": true, "Programme": true,
	"Cantonese": true, "Mandarin": true, "Putonghua": true, "English": true} // languages

// trimNonNames cuts relative dates off the ends of candidate names and drops candidates that
// are no names: counted nouns, verb phrases, titles, years, generic words. Known entities,
// places and persons pass untouched (persons have their own checks).
func trimNonNames(d *doc, ms []mention) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.id == "" && d.lang == "en" && pronounName(m.name) {
			continue // "I'm on a panel", "My co-founder": a pronoun names no one (spoken_en.go)
		}
		if m.id == "" && monthAlone(m.name) {
			continue // "in May" is a date
		}
		if m.id == "" && d.lang != "en" && roundLabel(m.name) {
			continue // C輪由甲領投: a round's label, not a company (roundowners_zh.go)
		}
		if m.id == "" && delegationName(m.name) {
			continue // 香港創科代表團: travellers to an event, no organisation (delegations.go)
		}
		if m.id == "" && unplacedZone(d, m) {
			continue // 雙方加強合作區內: a zone's name holds the places it joins
		}
		if m.id != "" || m.kind == kg.KindPlace {
			out = append(out, m)
			continue
		}
		if textnorm.HasHan(m.name) {
			if bareFaculty(textnorm.Fold(m.name)) {
				continue // 醫學院教授孔德明: the faculty of the university named before
			}
			if commonNounName(textnorm.Fold(m.name)) {
				continue // 香港創科代表團, 新中心, 中東資本 (groupnouns_zh.go)
			}
			var ok bool
			if m, ok = trimZh(d, m); !ok {
				continue
			}
		} else if p, ok := honorificPerson(m); ok {
			p.key = d.key(p.name) // "Professor Grace Yip" is the person Grace Yip
			m = p
		} else if p, ok := titledPerson(m); ok {
			p.key = d.key(p.name) // "Financial Secretary Paul Chan" is the person Paul Chan (titledpersons_en.go)
			m = p
		} else if p, ok := afterPartitive(m); ok {
			p.key = d.key(p.name) // "Shares of Lumina Robotics" are not a company
			m = p
		} else if p, ok := afterListingBoard(m); ok {
			p.key = d.key(p.name) // "Main Board of The Stock Exchange of Hong Kong Limited" is the exchange
			m = p
		} else if p, ok := yearBeforeName(d, m); ok {
			p.key = d.key(p.name) // "the 2025 Policy Address"
			m = p
		} else if p, ok := givenNamePerson(m); ok {
			m = p // "Samuel Ho" is a person
		} else if p, ok := surnameParkPerson(m); ok {
			m = p // "Park Ji-hoon" is no park
		} else if p, ok, drop := afterTitle(m); ok { // "Managing Partner of Aurelia Capital"
			if drop {
				continue
			}
			p.key = d.key(p.name)
			m = p
		} else if modifierOnly(m) || possessivePlace(m) {
			continue // "Tokyo-based", "Hoshi's China (operations)": no name (placemodifiers_en.go)
		} else if p, ok := afterHyphenModifier(m); ok {
			p.key = d.key(p.name) // "Singapore-based Wavemaker Partners" is Wavemaker Partners
			m = p
		} else if !latinName(m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func trimZh(d *doc, m mention) (mention, bool) {
	f := d.folded
	for changed := true; changed; {
		changed = false
		for _, w := range zhTimeWords {
			n := len([]rune(w))
			if m.end-m.start > n && hasPrefixAt(f, m.start, w) {
				m.start, changed = m.start+n, true
			}
			if m.end-m.start > n && hasSuffixAt(f, m.end, w) {
				m.end, changed = m.end-n, true
			}
		}
	}
	m.start = afterClauseOpener(f, m.start, m.end) // 隨後甲宣布, 去年底乙完成 (namebounds_zh.go)
	if m.kind != kg.KindPerson {
		for _, w := range zhTrailingObjects {
			if n := len([]rune(w)); m.end-m.start > n+1 && hasSuffixAt(f, m.end, w) {
				m.end -= n
				break
			}
		}
		for _, w := range zhTrailingAdverbs {
			if n := len([]rune(w)); m.end-m.start > n+1 && hasSuffixAt(f, m.end, w) && !hasKindSuffix(string(f[m.start:m.end])) && !closedTitle(d, m) {
				m.end -= n
			}
		}
	}
	if st, ok := countryLed(d, m); ok && m.kind != kg.KindPerson {
		m.start = st // 日本住友化學: Japan's Sumitomo Chemical
	}
	name := string(f[m.start:m.end])
	for _, w := range zhTimeWords {
		if name == w {
			return m, false
		}
	}
	if m.kind != kg.KindPerson && m.start > 0 && strings.ContainsRune("这那该此", f[m.start-1]) && strings.ContainsRune("家间所个样院校", f[m.start]) {
		return m, false // 這家深圳公司 refers back to a company: a demonstrative and its measure word, no name
	}
	if m.kind != kg.KindPerson && m.end-m.start > 3 && f[m.start] == '有' && m.start > 0 && strings.ContainsRune("还亦也都", f[m.start-1]) {
		m.start++ // 还有财经事务及库务局局长
		name = string(f[m.start:m.end])
	}
	if r := []rune(name); m.kind != kg.KindPerson && len(r) >= 3 && r[0] == '原' && titleAt(f, m.end) > m.end {
		m.start++ // 原美团副总裁王建国: "formerly of" 美团
		name = string(r[1:])
	}
	if r := []rune(name); m.kind != kg.KindPerson && len(r) <= 3 && strings.ContainsRune("后前时", r[len(r)-1]) {
		return m, false // 合并后, 上市前: a time phrase opening a clause
	}
	if m.kind != kg.KindPerson {
		if e, ok := abstractNounName(f, m.start, m.end); ok && m.kind != kg.KindEvent { // (a quoted “…名單” is named)
			if e == m.start {
				return m, false // 熱管理領域, 專精特新名單: a topic, no name (nameends_zh.go)
			}
			m.end, name = e, string(f[m.start:e])
		}
		if st, ok := afterDealVerb(f, m.start, m.end); !ok {
			return m, false // 曾投資手術機械人企業: a verb and its generic object
		} else if st != m.start {
			m.start, name = st, string(f[st:m.end]) // 已收購星河科技 → 星河科技
		}
		if opensAbstract(name) || fieldBefore(f, m.end) {
			return m, false // 有信心…: a clause, no name; 金融科技行業: a field
		}
		for _, w := range zhNotNameStarts {
			if rest := strings.TrimPrefix(name, w); rest != name {
				if len([]rune(rest)) >= 3 && hasKindSuffix(rest) && (w == "持有" || w == "来自" || w == "毕业" || personVerbs[w] || zhVerbsBeforeNames[w]) {
					m.start += len([]rune(w)) // 持有香港科技大學: the verb stands before the name
					name = rest
					break
				}
				return m, false
			}
		}
		if containsAny(name, zhReportWords) || zhReportSources[name] || wordAt([]rune(name), 0, zhAnyWords) || genericPlaceName(name) {
			return m, false // 有報道指政府, 任何券商, 國際總部: no name
		}
		if m.kind == kg.KindOrganization && placeAndTrade(name) {
			return m, false // 香港生物科技公司: a description (the name follows it), not a name
		}
		if m.kind == kg.KindOrganization && allGenericParts(name) {
			return m, false // 人工智能及新能源: fields, not a name
		}
		if zhBareEndings[name] || !hasKindSuffix(name) && strings.HasPrefix(name, "有限") {
			return m, false // 有限公司 alone, 有限合伙人
		}
		if strings.HasSuffix(name, "计划") && m.end < len(f) && wordAt(f, m.end, zhPlanVerbFollowers) {
			return m, false // 衡矩智能计划于下半年…: the company plans, no programme is named
		}
		if m.kind == kg.KindProgramme && m.start > 0 && f[m.start-1] == '的' && m.end-m.start <= 4 {
			return m, false // 對方的加速計劃: a programme referred to, not named
		}
		if countedNoun([]rune(name)) {
			return m, false // 有近十家特專科技公司, 逾兩間銀行: a count of things, not a name
		}
		if r := []rune(name); r[0] == '第' && len(r) > 2 && zhNumerals[r[1]] && !(m.kind == kg.KindEvent && editionLed(r)) && !ordinalBrand(r) {
			return m, false // 第二批資助項目
		}
		if zhClassifiers[f[m.start]] && m.start > 0 && zhNumerals[f[m.start-1]] ||
			m.end-m.start > 2 && zhNumerals[f[m.start]] && zhClassifiers[f[m.start+1]] {
			return m, false
		}
		if r := []rune(name); r[len(r)-1] == '年' && zhNumerals[r[len(r)-2]] || allNumerals(r) {
			return m, false // 十二年, 2023年
		}
		if titleIn(f[m.start:m.end]) {
			return m, false // 总经理谭文博: a title and a name, not an organisation
		}
	}
	if m.end-m.start < 2 {
		return m, false
	}
	if m.start != 0 || m.end != len(f) {
		m.name = string(d.runes[m.start:m.end])
		if m.key != "" {
			m.key = d.key(m.name)
		}
	}
	return m, true
}

func allNumerals(r []rune) bool {
	for _, c := range r {
		if !zhNumerals[c] {
			return false
		}
	}
	return true
}

// titleIn reports whether a Chinese title stands inside f.
func titleIn(f []rune) bool {
	for i := range f {
		if t := titleAt(f, i); t > 0 && t-i >= 2 && !nameWordTitle(string(f[i:t])) {
			return true
		}
	}
	return false
}

func latinName(m mention) bool {
	w := strings.Fields(m.name)
	if len(w) == 0 {
		return false
	}
	if len(w) == 1 && (enNotNameWords[w[0]] || enTopicWords[w[0]]) {
		return false
	}
	if len(w) >= 2 && enPostWords[w[0]] && (w[1] == "for" || w[1] == "of") {
		return false // "Secretary for Innovation, Technology and Industry" is a post, not a body
	}
	if m.kind != kg.KindPerson && (modifierWords(w) || countOnly(w) || len(w) == 1 && enLineVerbs[w[0]]) {
		return false // "Singapore-headquartered", "About 1", a bullet's "Signed": no name
	}
	return m.kind == kg.KindPerson || !enTitleEnds[w[len(w)-1]]
}

// countOnly reports whether a candidate is a number after words that open a count ("About
// 1,200 delegates": "About 1").
func countOnly(w []string) bool {
	digits := false
	for _, x := range w {
		switch {
		case strings.Trim(x, "0123456789,.") == "":
			digits = true
		case !enCountOpeners[strings.ToLower(x)]:
			return false
		}
	}
	return digits
}

var enCountOpeners = map[string]bool{"about": true, "around": true, "over": true, "nearly": true, "some": true,
	"more": true, "than": true, "almost": true, "up": true, "to": true, "only": true, "just": true}

// enLineVerbs open the lines of a list of milestones ("• Signed an MoU with Keppel", "- Joined
// the programme"): alone they are the verb, not a name.
var enLineVerbs = map[string]bool{"Signed": true, "Joined": true, "Named": true, "Raised": true, "Launched": true,
	"Opened": true, "Completed": true, "Won": true, "Secured": true, "Partnered": true, "Expanded": true,
	"Received": true, "Selected": true, "Appointed": true, "Hired": true, "Acquired": true, "Closed": true,
	"Entered": true, "Moved": true, "Relocated": true, "Established": true, "Formed": true, "Started": true}

// allGenericParts reports whether every part of a name joined by 及/与/和 is generic.
func allGenericParts(name string) bool {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '及' || r == '与' || r == '和' })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !allGeneric(p) {
			return false
		}
	}
	return true
}

// genericPlaceName reports whether name is one of zhGenericRoles, or one of zhGenericPlaces
// after a region word alone (国际总部, 亚洲区域总部, 区域总部).
func genericPlaceName(name string) bool {
	if zhGenericRoles[name] {
		return true
	}
	for _, g := range zhGenericPlaces {
		if left, ok := strings.CutSuffix(name, g); ok && left != "" {
			return zhRegionWords[strings.TrimSuffix(strings.TrimSuffix(left, "联合"), "区域")]
		}
	}
	return false
}

// milestoneSubject returns the company a list of milestones is about when the cue at i stands
// in a line that opens with such a verb and names no one before the cue ("• Signed an MoU with
// Keppel"): the text's most named company, not the name on the line before.
func milestoneSubject(d *doc, es *entitySet, ms []mention, i int, fits func(mention) bool) (mention, bool) {
	if d.lang != "en" {
		return mention{}, false
	}
	ls := i
	for ls > 0 && d.runes[ls-1] != '\n' && i-ls < 200 {
		ls--
	}
	if ls > 0 && d.runes[ls-1] != '\n' {
		return mention{}, false
	}
	t := strings.TrimLeft(string(d.runes[ls:min(len(d.runes), ls+20)]), "•·-–—*▪● \t") // (the verb may be the cue itself)
	if first, _, _ := strings.Cut(t, " "); !enLineVerbs[first] {
		return mention{}, false
	}
	for _, m := range ms {
		if m.start >= ls && m.end <= i {
			return mention{}, false
		}
	}
	return mostNamedBefore(d, es, ls, fits)
}

// placeAndTrade reports whether a Chinese name is a place, generic trade words and a word for a
// company (香港生物科技公司, 深圳人工智能企业): how news describes a company before naming it.
func placeAndTrade(name string) bool {
	r := []rune(name)
	start := 0
	for _, p := range placeMatcher.FindFolded(r) {
		if p.Start == 0 && p.End > start {
			start = p.End
		}
	}
	if start == 0 {
		return false
	}
	rest := string(r[start:])
	for _, w := range []string{"公司", "企业", "初创", "初创企业", "初创公司"} {
		if t, ok := strings.CutSuffix(rest, w); ok && t != "" && allGeneric(t) && !strings.Contains(t, "政府") {
			return true // (新加坡政府投資公司: a state's investment company is a name)
		}
	}
	return false
}

// countedGroup reports whether folded f holds a count and its classifier (三间, 逾40家, 两所):
// a phrase counting things (进入香港三间公立医院), never a name.
func countedGroup(f []rune) bool {
	for i := 1; i < len(f); i++ {
		if strings.ContainsRune("间家所座幢", f[i]) && (isDigit(f[i-1]) || strings.ContainsRune("一二三四五六七八九十两几多数", f[i-1]) && (i < 2 || !isDigitOrNumeral(f[i-2]))) {
			return true
		}
	}
	return false
}

// isDigitOrNumeral reports whether r is a digit or a Chinese numeral.
func isDigitOrNumeral(r rune) bool {
	return isDigit(r) || strings.ContainsRune("一二三四五六七八九十两百千", r)
}

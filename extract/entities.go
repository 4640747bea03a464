package extract

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/hkgraph/hkgraph/kg"
	"github.com/hkgraph/hkgraph/textnorm"
)

// mention is one place the text names an entity, known or candidate.
type mention struct {
	start, end int
	name       string // as written
	id         string // known entity id, or ""
	key        string // candidate key, or ""
	kind       kg.Kind
	english    string // the English name when the text or the place list gives one
	weak       bool   // found by position alone (a capitalised run, a clause opener): yields to any other
	media      bool   // a newspaper or magazine named in 《》: an entity, but no party to the text's facts
}

func (m mention) end_() End { return End{Name: m.name, EntityID: m.id, EntityKey: m.key} }

// candidate is a new entity the text introduces, gathered over all its mentions.
type candidate struct {
	key     string
	kind    kg.Kind
	name    string // as first written
	english string
	aliases []string
	roles   []kg.Role
	first   span // the first mention
	trigger string
	conf    float64
	existID string
}

// addAlias records a as another name of c unless c already goes by it.
func (c *candidate) addAlias(a string) {
	if a != c.name && !contains(c.aliases, a) {
		c.aliases = append(c.aliases, a)
	}
}

// entitySet is every mention in the document and the candidates behind them.
type entitySet struct {
	mentions   []mention // in text order, not overlapping
	candidates map[string]*candidate
	personCues []personCue
	order      []string // candidate keys in order of first mention
	knownKind  map[string]kg.Kind
	bySentence map[span][]mention // sentenceMentions' answers (asked once per title and cue)
	namedNew   []mention          // newCompanyName's organisations introduced by a naming verb
	answers    [][2]int           // the answer lines of an interview or a transcript (答：…, "A: …")
	answerOrg  *mention           // the interviewee's company, which 我们/we stands for in them
	pre        map[mentionsKey]*mentionTable
	cityBefore map[int]mention // dropCityBeforeDistrict's dropped cities, by where their district starts
}

func findEntities(d *doc, ix *Index) *entitySet {
	es := &entitySet{candidates: map[string]*candidate{}, knownKind: ix.kinds}
	var all []mention
	for _, m := range ix.matcher.FindFolded(d.folded) {
		if d.lang != "en" && es.knownKind[m.ID] == kg.KindPlace && placeRunsIntoWord(d.folded, m.Start, m.End) {
			continue // 華泰國際 holds no known 泰國 (placewords_zh.go)
		}
		all = append(all, mention{start: m.Start, end: m.End, name: string(d.runes[m.Start:m.End]), id: m.ID, kind: es.knownKind[m.ID]})
	}
	all = append(all, findCandidates(d)...)
	all = append(all, yearEditions(d, ix, all)...) // WAIC 2025 is no known WAIC 2024
	all = append(all, basedPlaceNames(d)...)       // "a Nagoya-based maker" (placemodifiers_en.go)
	all = append(all, editionNames(d)...)
	all = append(all, ofTheYearNames(d)...)     // "the Start-up of the Year award" (ofyear_en.go)
	all = append(all, attendedEventNames(d)...) // 參加第五屆數字中國建設峰會 (attendedevents_zh.go)
	all = append(all, wonAwardNames(d)...)      // 榮獲2026香港資訊及通訊科技獎金獎 (attendedevents_zh.go)
	all = append(all, rankingListNames(d)...)   // "to its 100 to Watch list" (listnames_en.go)          // "BioFrontiers Asia 2026, a two-day summit" (editions_en.go)
	persons, cues := findPersons(d)
	all = append(all, persons...)
	all = append(all, namesByFounding(d)...)
	all = append(all, namesBeforePersonVerbs(d)...)
	all = append(all, namesBeforeSpeechVerbs(d)...) // 陈乐贤表示
	all = append(all, namesByAgeOrPhoto(d)...)      // 35岁的陈乐贤, 陈乐贤（右）
	all = append(all, namesWithEnglishName(d)...)   // 林晓晴(Cherry Lam)
	all = append(all, namesBeforeCopula(d)...)      // 李晓彤是星澜生物的创办人
	all = append(all, bylineNames(d)...)            // By Daniel Ng, Asia Tech Ledger
	all = append(all, englishPersonsByCue(d)...)    // Nina Cheung, who founded …
	es.personCues = cues
	all = append(all, bracketedPersons(d)...)
	all = append(all, harbourMentions(d, ix, all)...)
	all = append(all, coordinatedNames(d, all)...)
	all = append(all, personConjuncts(d, all)...)    // 由陳大文及李嘉欣創立 (personconjuncts_zh.go)
	all = append(all, namesBeforeAcronym(d, all)...) // 與海峽速運（SSE）簽署 (acronymnames_zh.go)
	all = append(all, enumeratedNames(d, all)...)    // 包括思博科技、藍海動力及數匯通
	localArms(d, all)
	all = dropPlaceIndustry(d, all)
	all = cutIndustryPrefixes(d, all) // 阿布扎比主权基金穆巴达拉 → 穆巴达拉 (industryprefix_zh.go)
	all = dropPersonLed(d, all)
	trimFunctions(d, all)                                               // 大疆创新研发总监 → 大疆创新
	all = preferListed(d, all, findListedOrgs(d))                       // 腾讯, 红杉中国, 立法会
	all = trimNonNames(d, dropPronounNames(d, all))                     // 我们会 is "we will"
	all = mergeGovernmentOffices(d, all)                                // 香港特区政府数字政策办公室 (occasions_zh.go)
	all = cutIncubateeNouns(d, ix, all)                                 // 數碼港培育公司「甲」, 是數碼港培育公司: the incubator alone, cut once, before the longer run hides it (incubatees_zh.go)
	kept := titleCaseNames(d, dropDescriptions(d, keepLongest(d, all))) // "… Announces US$180 Million First Close" (headlines_en.go)
	kept = dropTitleOpeners(d, ownedNames(d, ix, kept))                 // Temasek's ABC World Asia (ownernames_en.go)
	kept = extendOverIn(d, kept)                                        // Women in Tech Fund (innames_en.go)
	kept = joinPrepositionNames(d, kept)                                // Leaps by Bayer, Tech in Asia (prepnames_en.go)
	kept = joinPlaceAndNames(d, kept)                                   // The Hong Kong and China Gas Company Limited (placeandnames_en.go)
	mergeLeadingWords(d, kept)
	headTable := headAliases(d, kept, ix) // 寶恒集團 … 寶恒, 香港理工大學 … 理大
	heads := applyHeadAliases(d, kept, headTable)
	if hm := append(headMentions(d, kept, headTable), leadingWordMentions(d, kept)...); len(hm) > 0 {
		kept = append(kept, hm...)
		sort.Slice(kept, func(a, b int) bool { return kept[a].start < kept[b].start })
	}
	// Aliases: a bracket after a name (…（下稱「港投公司」）, (HKIC)) and the short form of a
	// long name (康橋生命科學有限公司 → 康橋生命科學, NovaSil Semiconductor → NovaSil) name the
	// same entity wherever they stand alone.
	aliasOf := bracketAliases(d, kept)
	for a, m := range clauseAliases(d, kept) { // 甲有限公司，简称甲，… (occasions_zh.go)
		if _, ok := aliasOf[a]; !ok {
			aliasOf[a] = m
		}
	}
	bracketed := map[string]bool{}
	for a := range aliasOf {
		bracketed[a] = true
	}
	for _, m := range kept {
		if m.key != "" && m.kind != kg.KindPlace {
			if _, ok := aliasOf[m.name]; !ok {
				aliasOf[m.name] = m
			}
			src := m
			if b, ok := aliasOf[m.name]; ok && bracketed[m.name] && b.key != "" && !textnorm.HasHan(m.name) {
				src = b // 星衡机器人(StarBalance Robotics) … StarBalance: the short form is the Chinese name's too
			}
			for _, a := range shortForms(m) {
				if _, ok := aliasOf[a]; !ok {
					aliasOf[a] = src
				}
			}
		}
	}
	for a, m := range suffixAliases(kept) { // 研發院 for the one 香港微電子研發院
		if o, ok := aliasOf[a]; !ok || o.name == a && !bracketed[a] {
			aliasOf[a] = m // the bare suffix found alone is that name again
		}
	}
	for a, m := range editionShortAliases(kept) { // LEAP大會 for LEAP 2026 (editionnames_zh.go)
		if o, ok := aliasOf[a]; !ok || o.name == a && !bracketed[a] {
			aliasOf[a] = m
		}
	}
	folded := map[string]string{} // the table's forms are folded; one entry per name
	for a := range aliasOf {
		folded[textnorm.Fold(a)] = a
	}
	for a, m := range heads {
		if w, ok := folded[a]; !ok {
			aliasOf[a] = m
		} else if o := aliasOf[w]; o.name == w && !bracketed[w] && o.key != m.key {
			aliasOf[w] = m
		}
	}
	if len(aliasOf) > 0 {
		var named []textnorm.Named
		for a, m := range aliasOf {
			named = append(named, textnorm.Named{ID: a, Names: []string{a}})
			_ = m
		}
		// A weak mention (a bare capitalised word) that is exactly an alias gives way to it.
		aliasSpans := map[[2]int]bool{}
		for _, x := range textnorm.NewMatcher(named).FindFolded(d.folded) {
			aliasSpans[[2]int{x.Start, x.End}] = true
		}
		k := kept[:0]
		for _, m := range kept {
			oneWordPerson := m.kind == kg.KindPerson && !strings.Contains(m.name, " ") && !textnorm.HasHan(m.name)
			if src, ok := aliasOf[m.name]; ok && m.weak && !aliasSpans[[2]int{m.start, m.end}] && src.key != m.key && src.kind == kg.KindPerson {
				// "Ng said": a surname too short for the matcher is still the person's.
				m.id, m.key, m.kind = src.id, src.key, src.kind
			}
			if src, ok := aliasOf[m.name]; ok && m.id == "" && m.key != "" && src.key != "" && src.key != m.key && src.name != m.name &&
				(src.kind == m.kind || bracketed[m.name] && !textnorm.HasHan(m.name) || bracketed[m.name] && m.kind == kg.KindPerson && src.kind != kg.KindPerson) {
				// 惠理集團（下稱「惠理」）… 惠理表示: the short form the text defined for an
				// organisation is that organisation wherever a verb of speech makes it look like a person.
				// 香港科技園公司（科技園公司）… 科技園公司行政總裁: the alias found again by its
				// suffix is the same candidate, not a second one.
				m.key, m.kind = src.key, src.kind
			}
			if !((m.weak || oneWordPerson) && aliasSpans[[2]int{m.start, m.end}]) {
				k = append(k, m)
			}
		}
		kept = dropPlacesInsideAliases(k, textnorm.NewMatcher(named).FindFolded(d.folded), aliasOf)
		taken := make([]bool, len(d.runes))
		for _, m := range kept {
			for i := m.start; i < m.end; i++ {
				taken[i] = true
			}
		}
		for _, x := range textnorm.NewMatcher(named).FindFolded(d.folded) {
			free := true
			for i := x.Start; i < x.End; i++ {
				free = free && !taken[i]
			}
			if !free {
				continue
			}
			src := aliasOf[x.ID]
			name := string(d.runes[x.Start:x.End])
			if !bracketed[x.ID] && src.id == "" && ownerAfterArm(d, mention{start: x.Start}) {
				src = mention{key: d.key(name), kind: kg.KindOrganization} // "Shell Ventures, the venture arm of Shell": the parent
			}
			kept = append(kept, mention{start: x.Start, end: x.End, name: name, id: src.id, key: src.key, kind: src.kind})
			for i := x.Start; i < x.End; i++ {
				taken[i] = true
			}
		}
		kept = append(kept, shortSurnameMentions(d, aliasOf, taken)...) // "Ho studied …"
		sort.Slice(kept, func(a, b int) bool { return kept[a].start < kept[b].start })
	}
	// Candidates with the same folded name as a known entity resolve to it.
	knownByName := ix.byName
	for i := range kept {
		m := &kept[i]
		if m.id != "" || m.key == "" {
			continue
		}
		if id, ok := knownByName[textnorm.Fold(m.name)]; ok {
			m.id, m.key, m.kind = id, "", es.knownKind[id]
			continue
		}
		if id, ok := knownByName[textnorm.Fold(m.english)]; ok && m.english != "" {
			m.id, m.key, m.kind = id, "", es.knownKind[id] // "Chinese" → the known China
			continue
		}
		if id, ok := knownByName[strings.TrimPrefix(m.key, "e:")]; ok && m.kind == kg.KindPlace && m.id == "" {
			m.id, m.key, m.kind = id, "", es.knownKind[id] // "Saudi" (沙特 in the place list) → the known Saudi Arabia
			continue
		}
		if id, ok := knownAfterPlace(knownByName, m.name); ok {
			m.id, m.key, m.kind = id, "", es.knownKind[id] // 深圳市前海管理局 → the known 前海管理局
			continue
		}
		if id, ok := facultyOf(knownByName, m.name); ok {
			// 香港中文大學醫學院: the faculty is proposed as an entity of its own, and the facts
			// stated of it go to the known university (the graph's node for it).
			if es.candidates[m.key] == nil {
				es.candidates[m.key] = &candidate{key: m.key, kind: m.kind, name: m.name, first: span{m.start, m.end}, conf: 0.6}
				es.order = append(es.order, m.key)
			}
			m.id, m.key, m.kind = id, "", es.knownKind[id]
			continue
		}
		c := es.candidates[m.key]
		if c == nil {
			c = &candidate{key: m.key, kind: m.kind, name: m.name, english: m.english, first: span{m.start, m.end}, conf: 0.6}
			es.candidates[m.key] = c
			es.order = append(es.order, m.key)
		}
		if m.key == "e:"+textnorm.Fold(m.name) && c.key != "e:"+textnorm.Fold(c.name) && c.english == "" {
			// The headline's short form came first ("Tidewell … Tidewell Robotics"):
			// the full name, the one the key is made of, names the entity.
			c.aliases = append([]string{c.name}, c.aliases...)
			c.name = m.name
		}
		c.addAlias(m.name)
		headlinePersonKind(d, c, *m)
	}
	rekindMentions(es, kept)
	legalShortAliases(es) // Quanta Diagnostics Ltd. is Quanta Diagnostics
	es.mentions = kept
	return es
}

// mergeLeadingWords gives a later mention made of the leading words of a multi-word English
// company name that key ("Kerry Logistics Network … Kerry Logistics chairman … Kerry holding
// the rest").
func mergeLeadingWords(d *doc, kept []mention) {
	// A headline or lead names the company short before the text names it in full
	// ("Tidewell raises US$8m … Tidewell Robotics, a maritime start-up, …"): the one company
	// the short form leads, written after it. Resolved first, so that a shorter form later
	// ("Lumina Bio … Lumina Bio Holdings … Lumina") sees one company, not two.
	leading := leadingTable(kept)
	for i := range kept {
		m := &kept[i]
		if m.id != "" || !(m.weak || m.kind == kg.KindOrganization) || !inHeadline(d, *m) {
			continue
		}
		var before, after []mention
		for _, src := range leading[m.name] {
			if src.start < m.start && src.key != m.key {
				before = append(before, src)
			} else if src.start > m.start && src.key != m.key {
				after = append(after, src)
			}
		}
		if src, ok := oneCompany(after); ok && len(before) == 0 {
			m.key, m.kind = src.key, src.kind
		}
	}
	leading = leadingTable(kept)
	for i := range kept {
		m := &kept[i]
		if m.id != "" || !(m.weak || m.kind == kg.KindOrganization) {
			continue
		}
		// The names written before the short form that it leads; two → the company among
		// them ("Harbourline Capital … Harbourline Greater Bay Fund II … Harbourline is run
		// by"), else none.
		var before []mention
		for _, src := range leading[m.name] {
			if src.start < m.start && src.key != m.key {
				before = append(before, src)
			}
		}
		if src, ok := oneCompany(before); ok && !ownerAfterArm(d, *m) {
			m.key, m.kind = src.key, src.kind
		}
	}
}

// leadingTable maps each run of leading words of a multi-word English organisation name to
// the names it leads, one per key.
func leadingTable(kept []mention) map[string][]mention {
	leading := map[string][]mention{} // every name a prefix leads, to see when two share it
	for _, m := range kept {
		w := strings.Fields(m.name)
		// A capitalised run (weak) of two words or more leads too ("Tianma
		// Intelligent Equipment … Tianma's logistics unit").
		if len(w) < 2 || m.key == "" || m.kind != kg.KindOrganization && m.kind != kg.KindFund || textnorm.HasHan(m.name) {
			continue
		}
		for k := 1; k < len(w); k++ {
			if k == 1 && (len(w[0]) < 4 || enTopicWords[w[0]] || enNotNames[w[0]] || demonym[w[0]] != "" || !isCapitalised(w[0])) {
				continue
			}
			if enConnectors[w[k-1]] {
				continue // "Bank of" is no name
			}
			p := strings.Join(w[:k], " ")
			if !contains(keysOf(leading[p]), m.key) {
				leading[p] = append(leading[p], m)
			}
		}
	}
	return leading
}

func keysOf(ms []mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.key)
	}
	return out
}

// oneCompany returns the one organisation of the list (a fund named after its manager only
// makes the prefix ambiguous when the manager is not there); false when none or two.
func oneCompany(ms []mention) (mention, bool) {
	var org []mention
	for _, m := range ms {
		if m.kind == kg.KindOrganization {
			org = append(org, m)
		}
	}
	if len(org) == 1 {
		return org[0], true
	}
	return mention{}, false
}

// dropDescriptions drops a Chinese suffix match that describes the name right after it
// (人工智能芯片设计公司云矽半导体: the name is 云矽半导体).
func dropDescriptions(d *doc, ms []mention) []mention {
	out := ms[:0:0]
	for i, m := range ms {
		// The name follows at once, or after its opening quote mark (保險科技公司「保安盾」).
		next := i+1 < len(ms) && (ms[i+1].start == m.end || ms[i+1].start == m.end+1 && strings.ContainsRune("「“『", d.runes[m.end]))
		if next && m.key != "" && m.kind != kg.KindPerson && textnorm.HasHan(m.name) &&
			(strings.HasSuffix(m.name, "公司") || strings.HasSuffix(m.name, "企業") || strings.HasSuffix(m.name, "企业") || strings.HasSuffix(m.name, "科技")) {
			continue
		}
		if i+1 < len(ms) {
			if places, ok := describesNext(d, m, ms[i+1]); ok {
				out = append(out, places...) // 新加坡家族辦公室鼎峰…: 新加坡 stays
				continue
			}
		}
		// 深圳机器人企业“灵枢智造”, 本地保險科技初創「卓衡科技」: a field and a descriptor noun
		// before a quoted name describe it.
		if i+1 < len(ms) && m.key != "" && m.kind == kg.KindOrganization && textnorm.HasHan(m.name) && ms[i+1].start > m.end &&
			ms[i+1].start-m.end <= 5 && strings.ContainsRune("「“『", d.runes[ms[i+1].start-1]) &&
			contains(zhDescriptorNouns, string(d.folded[m.end:ms[i+1].start-1])) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// zhDescriptorNouns stand between a field and a quoted name: 机器人企业“X”, 保險科技初創「X」.
var zhDescriptorNouns = []string{"企业", "公司", "初创", "初创企业", "初创公司", "独角兽", "平台"}

// keepLongest drops mentions that overlap a longer one (a known entity wins a tie).
func keepLongest(d *doc, all []mention) []mention {
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].weak != all[b].weak {
			return !all[a].weak
		}
		la, lb := all[a].end-all[a].start, all[b].end-all[b].start
		if la != lb {
			return la > lb
		}
		if (all[a].id != "") != (all[b].id != "") {
			return all[a].id != ""
		}
		return all[a].start < all[b].start
	})
	taken := make([]bool, len(d.runes))
	var kept []mention
	for _, m := range all {
		free := true
		for i := m.start; i < m.end; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := m.start; i < m.end; i++ {
			taken[i] = true
		}
		kept = append(kept, m)
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].start < kept[b].start })
	return kept
}

// bracketAliases reads the alias in brackets right after a mention: （下称“星际动力”）,
// （應科院）, (HKSTP).
func bracketAliases(d *doc, ms []mention) map[string]mention {
	out := map[string]mention{}
	for _, m := range ms {
		i := m.end
		if i < len(d.runes) && strings.ContainsRune("」”』》", d.runes[i]) {
			i++ // 「思域科技」（Cognivia）, 《…细则》（下称《细则》）
		}
		for i < len(d.runes) && d.runes[i] == ' ' {
			i++
		}
		if i >= len(d.runes) || d.runes[i] != '（' && d.runes[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(d.runes) && j < i+45 && d.runes[j] != '）' && d.runes[j] != ')' { // 45, not 30
			j++
		}
		if j >= len(d.runes) || j == i+1 || j >= i+45 {
			continue
		}
		inner := strings.TrimSpace(string(d.runes[i+1 : j]))
		for _, p := range []string{"以下简称", "以下簡稱", "下称", "下稱", "简称", "簡稱", "以下称", "以下稱", "下同"} {
			inner = strings.TrimPrefix(inner, p)
		}
		inner = strings.Trim(inner, "“”「」《》\"'：: ")
		if parts := orAliases(inner); len(parts) > 1 {
			for _, p := range parts { // X ("Orbix" or "the Company"): both name X
				t, ok := definedTerm(p)
				if !ok && (latinProperName(p) || isAcronym(p)) {
					t, ok = p, true
				}
				if _, seen := out[t]; ok && !seen {
					out[t] = m
				}
			}
			continue
		}
		if t, ok := definedTerm(inner); ok {
			if _, seen := out[t]; !seen {
				out[t] = m // X (the "Company"): "the Company" names X wherever it stands
			}
			if bare := strings.TrimPrefix(t, "the "); strings.Contains(bare, " ") {
				if _, seen := out[bare]; !seen {
					out[bare] = m // "Target Company" found as a name of its own is X too
				}
			}
			continue
		}
		if bracketNote(inner) {
			continue // 晨曦創投(領投): a note on the item, not its other name
		}
		// A Chinese name's English one may be long (星衡机器人(StarBalance Robotics)).
		long := textnorm.HasHan(m.name) && latinProperName(inner)
		if n := len([]rune(inner)); n < 2 || n > 12 && !long || n > 40 || strings.ContainsAny(inner, "，,。0123456789") && !isAcronym(inner) {
			continue
		}
		if !textnorm.HasHan(inner) && !isAcronym(inner) && !(textnorm.HasHan(m.name) && latinProperName(inner)) {
			continue // 思域科技（Cognivia）, 陳家豪（Calvin Chan）: a Chinese name's English one is an alias
		}
		if _, ok := out[inner]; !ok {
			out[inner] = m
		}
	}
	return out
}

// latinProperName reports whether s is one to four capitalised Latin words.
func latinProperName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isCapitalised(w) || isDigit([]rune(w)[0]) {
			return false
		}
		for _, c := range w {
			if !isLatinLetter(c) && c != '-' && c != '\'' && c != '.' {
				return false
			}
		}
	}
	return true
}

// isAcronym reports whether s looks like ASTRI, HKSTP, A*STAR, 5G Lab.
func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			up++
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '*' || r == '&' || r == '-' || r == '+':
		default:
			return false
		}
	}
	return up >= 2
}

// legalEndings are dropped to get a name's short form.
var legalEndings = []string{"股份有限公司", "集团有限公司", "有限公司", " holdings limited", " pte. ltd.", " pte ltd", " pte. ltd",
	" gmbh", " plc", " llc", " limited", " ltd.", " ltd", " inc.", " inc",
	" co., ltd.", " corporation", " technologies ltd", " technologies", " technology", " semiconductor", " robotics", " group",
	" labs", " biotech", " therapeutics", " systems", " networks", " solutions",
	// h12r12: an investment firm is named again without its trade word ("Kowloon Peak Capital
	// … the Hong Kong-based Kowloon Peak"); a short form that is a place names the place.
	" capital", " ventures", " partners"}

// shortForms are the forms a text uses for a name after its first full mention.
func shortForms(m mention) []string {
	f := textnorm.Fold(m.name)
	var out []string
	if m.kind == kg.KindPerson && !textnorm.HasHan(m.name) {
		// "Sarah Wong … Wong said": a person is named again by one part of the name.
		if w := strings.Fields(m.name); len(w) >= 2 {
			out = append(out, w[0], w[len(w)-1])
			if len(w) >= 3 && strings.Contains(w[len(w)-1], "-") {
				// Hong Kong style "Priscilla Ng Wing-sze": the surname stands before the
				// hyphenated given name, and the text goes on with "Ng" or "Priscilla Ng".
				out = append(out, w[len(w)-2], strings.Join(w[:len(w)-1], " "))
			}
		}
	}
	for _, e := range legalEndings {
		if strings.HasSuffix(f, e) {
			s := strings.TrimSpace(string([]rune(m.name)[:len([]rune(m.name))-len([]rune(e))]))
			if k := strings.LastIndexAny(s, "(（"); k > 0 && strings.HasSuffix(s, ")") || k > 0 && strings.HasSuffix(s, "）") {
				s = strings.TrimSpace(s[:k]) // Harbourline (Hong Kong) Limited → Harbourline
			}
			if len([]rune(s)) >= 2 && (textnorm.HasHan(s) || len(s) >= 4) && !(firmWord(e) && isPlaceName(textnorm.Fold(s))) {
				out = append(out, s)
			}
		}
	}
	return out
}

// firmWord reports whether a legal ending is an investment firm's trade word (Capital,
// Ventures, Partners): what it leaves may be a place's name (Hong Kong Ventures).
func firmWord(e string) bool { return e == " capital" || e == " ventures" || e == " partners" }

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// key is the local key of a candidate: its folded name, so that every script of one
// name is one candidate.
func (d *doc) key(name string) string {
	if k, ok := d.keys[name]; ok {
		return k
	}
	if d.keys == nil {
		d.keys = map[string]string{}
	}
	k := "e:" + textnorm.Fold(name)
	d.keys[name] = k
	return k
}

// respan moves mention m to [start, end) of the text, its name and key with it: a name cut
// or grown at an edge.
func (d *doc) respan(m *mention, start, end int) {
	m.start, m.end = start, end
	m.name = string(d.runes[start:end])
	m.key = d.key(m.name)
}

// knownAfterPlace resolves a Chinese name made of a place and a known entity's name
// (深圳市前海管理局, 香港數碼港) to that entity: the place only says where it is.
func knownAfterPlace(known map[string]string, name string) (string, bool) {
	f := []rune(textnorm.Fold(name))
	if !textnorm.HasHan(name) || len(f) < 5 {
		return "", false
	}
	for _, x := range placeMatcher.FindFolded(f) {
		if x.Start != 0 {
			continue
		}
		e := x.End
		if e < len(f) && f[e] == '市' {
			e++
		}
		if rest := string(f[e:]); len(f)-e >= 3 {
			if id, ok := known[rest]; ok {
				return id, true
			}
		}
	}
	return "", false
}

// zhFacultyEnds end the name of a faculty or department of a university (醫學院, 計算機科學系).
var zhFacultyEnds = []string{"学院", "学系", "系", "研究生院", "书院"}

// facultyOf resolves a Chinese name made of a known university's name and one of its faculties
// or departments to the university: news names the faculty, the graph holds the university.
func facultyOf(known map[string]string, name string) (string, bool) {
	f := []rune(textnorm.Fold(name))
	end := false
	for _, e := range zhFacultyEnds {
		end = end || strings.HasSuffix(string(f), e)
	}
	if !end {
		return "", false
	}
	for n := len(f) - 2; n >= 2; n-- {
		p := string(f[:n])
		rest := string(f[n:])
		// 香港中文大學醫學院; 中大工程學院 (a known short name, then a faculty).
		if id, ok := known[p]; ok && (strings.HasSuffix(p, "大学") || n <= 3 && strings.HasSuffix(rest, "学院") && len(f)-n >= 3 /* 港大医学院 */) {
			return id, true
		}
	}
	return "", false
}

// findCandidates proposes names the graph does not know: Chinese names by suffix, English names
// by cue words.
func findCandidates(d *doc) []mention {
	var out []mention
	out = append(out, chineseBySuffix(d)...)
	out = append(out, englishByCue(d)...)
	out = append(out, backerNames(d)...) // "Alibaba-backed X" (names_en.go)
	out = append(out, findPlaces(d)...)
	out = append(out, quotedNames(d)...)
	out = append(out, brandSiteNames(d)...) // 「聚點空間．觀塘海濱」 (sitenames_zh.go)
	out = append(out, descriptorNames(d)...)
	out = append(out, listNames(d)...)
	out = append(out, englishDescriptorNames(d)...)
	out = append(out, latinNamesInChinese(d)...)
	out = append(out, quotedAfterCues(d)...)
	out = append(out, selectionObjects(d)...)   // 獲選《福布斯》「30位30歲以下精英」榜單
	out = append(out, designationNamesZh(d)...) // 认定为国家级专精特新“小巨人”企业 (designations_zh.go)
	out = append(out, acronymNames(d)...)
	out = append(out, appointeeNames(d)...)
	out = append(out, gapNames(d)...)
	out = append(out, bookTitleNames(d)...)
	out = append(out, bulletItemNames(d)...) // － 星衡機械人：開發… (bulletnames_zh.go)
	out = append(out, venueNames(d)...)
	out = append(out, cityZoneNames(d)...)       // 深圳光明区, 合肥高新区 (cityzones_zh.go)
	out = append(out, x13hansNames(d)...)        // 团队“瓴羊材料”, 上海的芯翼智能
	out = append(out, quotedByContext(d)...)     // 同業「再生源」, 「數思醫療」去年…
	out = append(out, govBodyNames(d)...)        // 工业和信息化部, 政府新闻处, 沙田区议会
	out = append(out, employerFrameNames(d)...)  // 曾在英特尔从事…
	out = append(out, formerEmployerNames(d)...) // 渣打香港前零售銀行業務主管方志誠 (formeremployers_zh.go)
	out = append(out, policyTitleNames(d)...)    // 《…实施细则》
	out = append(out, mastheadNames(d)...)       // 【明報專訊】
	out = append(out, lineBylineNames(d)...)     // 財新網 記者 何雨桐 (bylinelines_zh.go)
	out = append(out, relativeHeadNames(d)...)   // 由…成立的微瀾光子，
	out = append(out, roundObjectNames(d)...)    // 領投上海星舟航天的A輪融資 (roundowners_zh.go)
	// "Invest Hong Kong, the government department that …"
	out = append(out, appositionBodyNames(d)...)
	for _, m := range namesAfterCues(d) {
		// The object of 参与了/与…合并 that opens with a city (苏州启元生物) is a mainland
		// company's name, not the city.
		if textnorm.HasHan(m.name) && placeAndBrand(d, out, m) {
			m.weak = false
			out = append(out, m)
		}
	}
	for _, m := range append(append(englishProperNames(d), clauseSubjects(d)...), namesAfterCues(d)...) {
		if d.lang == "en" && bulletLabel(d, m) {
			continue // "- Acquisition: the Company completed …" (bulletlabels_en.go)
		}
		if placeAfterSite(d, m) {
			m.kind = kg.KindPlace // "a production base in Huizhou", "the Karolinska Institute in Stockholm"
		}
		// A Chinese run that ends with a place after a brand (渣打香港宣布, 中國移動香港) is a
		// local arm's name, not the place: it is not weak against the place inside it.
		m.weak = !(textnorm.HasHan(m.name) && brandAndPlace(d, out, m) || !textnorm.HasHan(m.name) && employerArm(d, out, m) ||
			!textnorm.HasHan(m.name) && placeLedName(out, m) || researchBodyFor(m)) // Asia Tech Ledger, Shanghai STAR Market
		out = append(out, m)
	}
	out = withMidSentenceThe(d, trimRoundOf(d, splitJoinedBodies(d, out)))                                                                                                                                             // 发展局及创新科技及工业局 are two bodies; "Series A of Ferrite Labs"
	return extendNameNumbers(d, dropDepartments(d, dropInBookTitles(d, dropInsidePlaces(trimDivisions(d, trimNameHeads(d, trimAfterNameWords(d, dropVerbRuns(d, extendDistricts(d, splitSiteDistricts(d, out)))))))))) // 國泰航空貨運部門 → 國泰航空; 美敦力亞太區 → 美敦力
}

// enSiteNouns stand before "in <place>": a place, not a company, follows them.
var enSiteNouns = map[string]bool{"based": true, "headquartered": true, "office": true, "offices": true, "subsidiary": true,
	"base": true, "lab": true, "laboratory": true, "centre": true, "center": true, "plant": true, "factory": true,
	"hub": true, "headquarters": true, "campus": true, "branch": true, "facility": true, "site": true, "located": true,
	"operates": true, "registered": true, "incorporated": true, "listed": true, "warehouse": true, "store": true,
	"port": true, "terminal": true, "building": true, "tower": true, "park": true, "hospital": true, "school": true}

// placeAfterSite reports whether a one- or two-word English run the list does not know stands
// after "<site noun> in" or "<organisation> in": "a subsidiary in Rotterdam", "Amazon Robotics in Boston".
func placeAfterSite(d *doc, m mention) bool {
	if textnorm.HasHan(m.name) || len(strings.Fields(m.name)) > 2 || m.kind != kg.KindOrganization || kindBySuffix(m.name, "") != "" {
		return false
	}
	ws := latinWords(d.runes[max(0, m.start-40):m.start])
	if len(ws) < 2 || ws[len(ws)-1].text != "in" {
		return false
	}
	prev := ws[len(ws)-2].text
	return enSiteNouns[strings.ToLower(prev)] || isCapitalised(prev) && enCues[strings.ToLower(prev)] != ""
}

// enEmployerPreps stand before an employer's name: "a director at DHL Hong Kong".
var enEmployerPreps = map[string]bool{"at": true, "from": true, "joins": true, "joined": true, "with": true}

// employerArm reports whether an English run after "at"/"from" is a brand followed by a place
// (Roche Hong Kong, Standard Chartered Singapore): a company's local arm, not the place.
func employerArm(d *doc, ms []mention, m mention) bool {
	ws := latinWords(d.runes[max(0, m.start-10):m.start])
	if len(ws) == 0 || !enEmployerPreps[ws[len(ws)-1].text] {
		return false
	}
	for _, p := range ms {
		if p.kind == kg.KindPlace && p.end == m.end && p.start > m.start {
			for _, w := range strings.Fields(string(d.runes[m.start:p.start])) {
				if enNotNames[w] || demonym[w] != "" || enMonths[strings.ToLower(w)] > 0 {
					return false
				}
			}
			for _, q := range ms {
				if q.kind == kg.KindPlace && q.start >= m.start && q.start < p.start {
					return false // Kowloon Bay Hong Kong: places only
				}
			}
			return true
		}
	}
	return false
}

// zhForeignCountries are the countries Chinese news puts before a foreign company's name as a
// descriptor (日本住友化學, 美國高通): unlike a mainland city (苏州启元生物) they are no part of it.
var zhForeignCountries = map[string]bool{"Japan": true, "United States": true, "South Korea": true, "United Kingdom": true,
	"Germany": true, "France": true, "Singapore": true, "Thailand": true, "Vietnam": true, "Malaysia": true,
	"Indonesia": true, "India": true, "Saudi Arabia": true, "Switzerland": true, "Netherlands": true, "Canada": true,
	"Australia": true, "Israel": true, "Italy": true, "Spain": true, "Sweden": true}

// countryLed returns where the name starts in a Chinese company candidate that opens with a
// foreign country (日本住友化學 → 住友化學).
func countryLed(d *doc, m mention) (int, bool) {
	if m.kind != kg.KindOrganization {
		return 0, false // 新加坡主权基金, 韩国创新中心: a fund's or a centre's name keeps its country
	}
	for suf := range institutional {
		if hasSuffixAt(d.folded, m.end, suf) && !foreignUniversity(d.folded[m.start:m.end]) {
			return 0, false // 泰國數碼經濟促進局, 新加坡國立大學: the country is part of an agency's name
		}
	}
	for _, x := range placeMatcher.FindFolded(d.folded[m.start:m.end]) {
		if x.Start == 0 && zhForeignCountries[x.ID] && m.end-m.start-x.End >= 2 {
			rest := d.folded[m.start+x.End : m.end]
			if !allGeneric(strings.TrimSuffix(string(rest), kindSuffixOf(string(rest)))) && plainName(rest) {
				return m.start + x.End, true
			}
		}
	}
	return 0, false
}

// kindSuffixOf returns the kind suffix that ends the folded name s, or "".
func kindSuffixOf(s string) string {
	for _, suf := range zhSuffixes {
		if strings.HasSuffix(s, suf.s) {
			return suf.s
		}
	}
	return ""
}

// placeAndBrand reports whether a Chinese run opens with a place and goes on with a brand
// (苏州启元生物, 北京微创联科): mainland companies are named so; the place alone is not the name.
func placeAndBrand(d *doc, ms []mention, m mention) bool {
	for _, p := range ms {
		if p.kind == kg.KindPlace && p.start == m.start && m.end-p.end >= 2 && !zhForeignCountries[p.english] {
			rest := d.folded[p.end:m.end]
			for _, suf := range zhSuffixes {
				if hasPrefixAt(rest, 0, suf.s) {
					return false // 香港大學計算機科學系: a known name and its department, not a brand
				}
			}
			return !allGeneric(string(rest)) && plainName(rest) && rest[len(rest)-1] != '系'
		}
	}
	return false
}

func brandAndPlace(d *doc, ms []mention, m mention) bool {
	for _, p := range ms {
		if p.kind == kg.KindPlace && p.end == m.end && p.start-m.start >= 2 {
			brand := string(d.folded[m.start:p.start])
			for _, q := range ms {
				if q.kind == kg.KindPlace && q.start >= m.start && q.start < p.start {
					return false // 深圳南山區: places only
				}
			}
			return !allGeneric(brand) && !containsStopWord([]rune(brand))
		}
	}
	return false
}

// dropInBookTitles drops a name found inside 《…》 that is not the whole title: the title of an
// agreement or a report (《深港科技創新合作區建設合作協議》) holds words, not names.
func dropInBookTitles(d *doc, ms []mention) []mention {
	var titles []span
	for i, c := range d.runes {
		if c == '《' {
			for j := i + 1; j < len(d.runes) && j < i+60; j++ {
				if d.runes[j] == '》' {
					titles = append(titles, span{i + 1, j})
					break
				}
			}
		}
	}
	if len(titles) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, t := range titles {
			inside = inside || t.start <= m.start && m.end <= t.end && (m.start != t.start || m.end != t.end)
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// dropInsidePlaces drops a Chinese name that starts inside a place name (在將軍澳發展數據中心:
// 將 stops a name, so 軍澳發展數據中心 would start in the middle of 將軍澳).
func dropInsidePlaces(ms []mention) []mention {
	var places []mention
	for _, m := range ms {
		if m.kind == kg.KindPlace {
			places = append(places, m)
		}
	}
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, p := range places {
			inside = inside || m.kind != kg.KindPlace && p.start < m.start && m.start < p.end && textnorm.HasHan(m.name)
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// zhSuffixes are the endings of Chinese names of organisations, programmes, funds and
// facilities (Simplified: the text is folded before matching), longest first.
var zhSuffixes = sortedByLength([]suffix{
	{"有限公司", kg.KindOrganization}, {"公司", kg.KindOrganization}, {"集团", kg.KindOrganization},
	{"控股", kg.KindOrganization}, {"银行", kg.KindOrganization}, {"学院", kg.KindOrganization},
	{"大学", kg.KindOrganization}, {"研究院", kg.KindOrganization}, {"研究所", kg.KindOrganization},
	{"资本", kg.KindOrganization}, {"创投", kg.KindOrganization}, {"投资", kg.KindOrganization},
	{"协会", kg.KindOrganization}, {"商会", kg.KindOrganization}, {"交易所", kg.KindOrganization},
	{"基金会", kg.KindOrganization}, {"科技", kg.KindOrganization}, {"证券", kg.KindOrganization},
	{"基金", kg.KindFund}, {"计划", kg.KindProgramme}, {"加速器", kg.KindProgramme},
	{"中心", kg.KindFacility}, {"园区", kg.KindFacility}, {"科学园", kg.KindFacility}, {"产业园", kg.KindFacility},
	{"科技园", kg.KindFacility}, {"管委会", kg.KindOrganization}, {"管理局", kg.KindOrganization},
	{"委员会", kg.KindOrganization}, {"政府", kg.KindOrganization}, {"署", kg.KindOrganization},
	{"医院", kg.KindOrganization}, {"研究中心", kg.KindOrganization}, {"实验室", kg.KindOrganization},
	{"联盟", kg.KindOrganization}, {"学会", kg.KindOrganization}, {"股份", kg.KindOrganization},
	{"基金会", kg.KindOrganization}, {"大赛", kg.KindEvent}, {"峰会", kg.KindEvent}, {"博览会", kg.KindEvent},
	{"论坛", kg.KindEvent}, {"项目", kg.KindProgramme}, {"计画", kg.KindProgramme},
	{"保险", kg.KindOrganization}, {"电讯", kg.KindOrganization}, {"电信", kg.KindOrganization},
	{"航空", kg.KindOrganization}, {"地产", kg.KindOrganization}, {"置业", kg.KindOrganization},
	{"医药", kg.KindOrganization}, {"制药", kg.KindOrganization}, {"光电", kg.KindOrganization},
	{"能源", kg.KindOrganization}, {"汽车", kg.KindOrganization}, {"传媒", kg.KindOrganization},
	{"电力", kg.KindOrganization}, {"煤气", kg.KindOrganization},
	// 港交所, 联交所, 深交所: exchanges by their short names.
	{"交所", kg.KindOrganization}, {"梦工场", kg.KindFacility}, {"梦工厂", kg.KindFacility},
	{"孵化器", kg.KindFacility}, {"创新港", kg.KindFacility}, {"物流", kg.KindOrganization},
	{"半导体", kg.KindOrganization}, {"机器人", kg.KindOrganization}, {"微电子", kg.KindOrganization},
	{"局", kg.KindOrganization},
	{"科委", kg.KindOrganization}, {"发改委", kg.KindOrganization}, {"经信委", kg.KindOrganization},
	{"国资委", kg.KindOrganization}, {"网信办", kg.KindOrganization}, {"创新周", kg.KindEvent}, {"科技周", kg.KindEvent}, {"嘉年华", kg.KindEvent}, {"展览会", kg.KindEvent},
	// Research bodies, branches, industrial estates and tech towns, conferences, fairs,
	// awards and the government's yearly policy papers.
	{"研发院", kg.KindOrganization}, {"科学院", kg.KindOrganization}, {"分会", kg.KindOrganization}, {"总会", kg.KindOrganization},
	{"工业邨", kg.KindFacility}, {"工业村", kg.KindFacility}, {"工业园", kg.KindFacility}, {"创新园", kg.KindFacility},
	{"科技城", kg.KindFacility}, {"科学城", kg.KindFacility}, {"大会", kg.KindEvent}, {"年会", kg.KindEvent},
	{"创科展", kg.KindEvent}, {"科技展", kg.KindEvent}, {"电子展", kg.KindEvent}, {"大奖", kg.KindEvent}, {"大奖赛", kg.KindEvent}, {"交易会", kg.KindEvent},
	{"施政报告", kg.KindPolicy}, {"预算案", kg.KindPolicy},
	{"科技谷", kg.KindFacility}, {"创新谷", kg.KindFacility}, // 利雅得科技谷
	// A limited partnership, the legal form of mainland funds (杭州甲产业投资基金合伙企业（有限合伙）（下称"甲基金"）).
	{"合伙企业（有限合伙）", kg.KindFund}, {"合伙企业(有限合伙)", kg.KindFund},
})

type suffix struct {
	s    string
	kind kg.Kind
}

// minLeft is how many runes must stand before the suffix: one for a two-rune suffix (深创投),
// two otherwise (華為公司), three for one-rune suffixes (创新科技署) but 局 and 署 (衞生署).
func (s suffix) minLeft() int {
	switch len([]rune(s.s)) {
	case 1:
		if s.s == "局" || s.s == "署" {
			return 2 // 衞生署, 水務署: Hong Kong's departments have two-rune names
		}
		return 3
	case 2:
		if s.s == "创投" || s.s == "资本" || s.s == "交所" {
			return 1
		}
	}
	return 2
}

// sortedByLength puts longer suffixes first so that 有限公司 wins over 公司.
func sortedByLength(list []suffix) []suffix {
	sort.SliceStable(list, func(a, b int) bool { return len([]rune(list[a].s)) > len([]rune(list[b].s)) })
	return list
}

// zhStops end a Chinese name when extending it to the left: function words and the verbs
// news puts before a name.
var zhStopRunes = runeSet("的在与和及由为是将已获向对于被从了等并也就而以把让给到这该其之还又曾仍即或同今年月日、，。；：！？“”「」『』《》（）()【】 ,.;:!?\"'")

var zhStopWords = []string{"拥有", "持有", "宣布", "完成", "获得", "表示", "签署", "成立", "推出", "参与", "加入", "入选", "落户",
	"进驻", "领投", "跟投", "参投", "携手", "透露", "指出", "成为", "包括", "位于", "旗下", "公司", "企业", "机构",
	"平台", "独角兽", "初创", "投资了", "以及", "联同", "支持", "通过", "设立", "担任", "出任", "毕业", "委任", "任命",
	"据悉", "总部", "办事处", "达成", "签订", "签约", "亿", "港元", "美元", "人民币", "两名", "一名", "多名", "三名", "数名", "两位", "一位", "多位", "毕业生", "迁往", "迁至", "宣布", "今日", "昨日", "日前", "近日", "早前", "另外", "此外", "另一方面", "同时",
	"业务", "任职", "加码", "此前", "目前", "曾经", "股东", "融资", "本轮", "此次", "该公司", "收购", "分拆", "入驻", "委派", "聘请", "向", "对",
	"其中",       // 其中維港投資為領投方: "among them", not 中維港投資
	"认购", "受让", // share purchases stand before the issuer's name (以3000萬港元認購甲新股, 受讓甲股權)
	// Verbs and phrases that stand before a name (正申请创新科技署, 出席的还有财经事务及库务局局长,
	// 与同业华测生物合并) or make a run a clause, not a name (林晓晴说公司计划, 业界人士, 并无计划).
	"申请", "还有", "亦有", "也有", "另有", "均有", "同业", "同行", "强调", "认为", "否认", "预期", "预计", "现任", "接受", "说",
	"人士", "负责人", "并无", "未有", "仍未", "尚未", "无意", "洽谈", "定名", "数目", "拥有", "到位", "决策", "义务", "上限",
	"逾", "建立", "建设", "牵头", "一同", "共同", "预留", // 由甲與乙共同領投: 共同 is the pair's adverb, no rune of 乙
	// b17x14: verbs and openers before a name (既有微众银行、平安科技, 接近前海管理局的人士, 转交发展局)
	"既有", "接近", "转交", "交由", "呈交", "提交",
	// 根據香港生產力促進局…提供的資料: "according to" opens no name
	"根据", "按照", "依据", "依照",
	"继续", "再度", "再次", "持续", // 峰瑞资本继续跟投
	"亿元", "万元", "参设"} // r19inv: 出资3亿元参设乙基金: an amount and a verb stand before the fund

func endsWithOrgSuffix(s string) bool {
	s = strings.TrimSuffix(s, "战略")
	for _, x := range []string{"资本", "集团", "公司", "基金", "创投", "控股", "银行"} {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// institutional suffixes make a name even after generic words (创新科技署, 香港科技大学).
var institutional = map[string]bool{"局": true, "署": true, "管理局": true, "委员会": true, "政府": true, "管委会": true, "大学": true,
	"学院": true, "研究院": true, "研究所": true, "协会": true, "商会": true, "联盟": true, "交易所": true}

// zhLeadStrip are dropped from the front of a name found by its suffix (前滙豐銀行 → 滙豐銀行).
var zhLeadStrip = []string{"合并后", "后", "老股东", "新股东", "前", "原", "访", "专访", "据", "由", "并", "及", "与", "和", "向", "获", "把", "将",
	"除了", "除"} // r19inv: 除甲外 (excepted_zh.go)

// containsStopWord reports whether a stop word or a relationship cue occurs in f.
func containsStopWord(f []rune) bool {
	s := string(f)
	for _, w := range zhStopWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	for _, c := range relCues {
		if c.lang == "zh" && !c.gap && len(c.runes) >= 2 && !inNames[c.cue] && strings.Contains(s, c.cue) {
			return true
		}
	}
	return false
}

// inNames are cue words that also occur inside names (香港投資管理有限公司, 人工智能資助計劃):
// they do not end a name.
var inNames = map[string]bool{"控股": true, "投资": true, "合作": true, "资助": true, "上市": true, "合并": true, "战略合作": true,
	"创立": true, "创办": true, "毕业": true, "签署": true, "携手": true, "管理的": true,
	"创建": true} // 新創建集團, 新創建創投

var zhGeneric = map[string]bool{"人工智能": true, "人工": true, "独角兽": true, "初创": true, "科技": true, "金融科技": true,
	"生物科技": true, "投资": true, "风险投资": true, "创投": true, "上市": true, "母": true, "子": true, "合资": true,
	"本地": true, "内地": true, "海外": true, "国际": true, "知名": true, "领先": true, "全球": true, "一家": true,
	"多家": true, "该": true, "这家": true, "基金": true, "管理": true, "控股": true, "附属": true, "全资": true,
	"全资附属": true, "私募": true, "创业": true, "创新": true, "研发": true, "数据": true, "服务": true,
	"政府": true, "种子": true, "天使": true, "产业": true, "数码": true, "数字": true, "新": true, "本": true,
	"金融": true, "医疗": true, "生物": true, "芯片": true, "半导体": true, "机器人": true, "机械人": true, "设计": true,
	"物流": true, "电商": true, "教育": true, "能源": true, "新能源": true, "绿色": true, "环保": true, "区块链": true,
	"网络安全": true, "大数据": true, "云计算": true, "软件": true, "硬件": true, "互联网": true, "游戏": true,
	"医药": true, "健康": true, "具身": true, "智能": true, "人形": true, "自动驾驶": true, "专注": true, "一间": true,
	"两家": true, "多间": true, "各": true, "其他": true, "相关": true, "资讯": true, "信息": true, "创科": true,
	"科创": true, "高新": true, "硬科技": true, "深科技": true, "商业": true, "工业": true, "制造": true, "智慧": true,
	"城市": true, "电子": true, "通讯": true, "通信": true, "材料": true, "影像": true, "芯片设计": true, "生命": true,
	"特专科技": true, "特专": true, // 特專科技公司 is the listing rules' category of company
	"重点": true, "战略": true, "网络": true, "培育公司": true, "供应链": true, // 重點投資, 戰略投資, 培育公司
	"独家": true,             // 担任独家财务顾问
	"虚拟": true, "网上": true, // 虛擬銀行PAObank: the kind of bank, not its name
	// Lines of business (前零售銀行業務主管, 向零售投資者銷售, 食品科技公司).
	"零售": true, "批发": true, "销售": true, "食品": true, "仓储": true,
	// Medical specialties name a product's or a doctor's field (骨科手術機械人, 眼科醫生).
	"骨科": true, "眼科": true, "牙科": true, "儿科": true, "外科": true, "内科": true, "妇科": true,
	"肿瘤科": true, "心脏科": true, "皮肤科": true}

func runeSet(s string) map[rune]bool {
	m := map[rune]bool{}
	for _, r := range s {
		m[r] = true
	}
	return m
}

func chineseBySuffix(d *doc) []mention {
	f := d.folded
	var out []mention
	brands := stopRuneBrands(f) // 華為數字能源 (tradenouns_zh.go)
	for i := 0; i < len(f); i++ {
		if !isHan(f[i]) {
			continue
		}
		for _, suf := range zhSuffixes {
			sr := []rune(suf.s)
			end := i + len(sr)
			if !hasPrefixAt(f, i, suf.s) {
				continue
			}
			// Let a longer suffix win (有限公司 over 公司) by only taking the suffix once.
			if suf.s == "基金会" && strings.ContainsRune("否不", at2(f, end)) {
				continue // 主權基金會否入股: 會否 asks "will it", the name ends with 基金
			}
			if suf.s == "署" && i > 0 && (f[i-1] == '签' || f[i-1] == '部') {
				break // 签署, 部署 are verbs
			}
			if (suf.s == "局" || suf.s == "署") && at2(f, end) == '长' {
				break // 工業局局長: this 局 opens a title; the name ended at the one before
			}
			if suf.s == "局" && i > 0 && strings.ContainsRune("布格结当大全开出饭胜平败终骗赌棋战时政变事", f[i-1]) {
				break // 布局, 格局, 当局: words, not bureaus
			}
			start := extendLeft(f, i, 12+8*b2i(strings.HasPrefix(suf.s, "合伙企业"))) // a partnership's name runs long (r19inv)
			if start > 0 && i-start == 12 {
				if p := placeThrough(f, start-1, i); p >= 0 && p < start {
					start = p // 河套深港科技創新合作區香港園區: the walk's limit fell inside a place
				}
			}
			if (joinedCommission[suf.s] || legalSuffix[suf.s]) && start >= 3 && f[start-1] == '及' && i-start >= 2 && isHanString(string(f[start-3:start-1])) {
				// 證券及期貨事務監察委員會, 香港交易及結算所有限公司: 及 joins the fields of
				// one body, when what stands before it names no body of its own (甲公司及乙協會,
				// 甲科技及乙有限公司 are two) and no place opens what follows (數碼港及香港總商會).
				if s2 := extendLeft(f, start-1, 6); start-1-s2 >= 2 && !bodyName(string(f[s2:start-1])) && !placesOnly(f[s2:start-1]) &&
					!placeSpans(f, start, start+1) && len(orgMatcher.FindFolded(f[s2:start-1])) == 0 &&
					!(legalSuffix[suf.s] && (hasKindSuffix(string(f[s2:start-1])) || start-1-s2 > 4)) {
					start = s2
				}
			}
			if (suf.s == "局" || suf.s == "署" || suf.s == "管理局" || mainlandPortfolios(f, suf.s, start)) && start >= 3 && portfolioJoin(f, start-1, end) /* 和 too */ && i-start >= 2 && isHanString(string(f[start-3:start-1])) {
				// 商务及经济发展局, 创新科技及工业局: 及 joins the portfolios of one bureau
				// (上海市经济和信息化委员会: a province or city may open a mainland body's name).
				if s2 := afterCutPlace(f, extendLeft(f, start-1, 6+2*b2i(mainlandPortfolios(f, suf.s, start)))); start-1-s2 >= 2 {
					start = s2
				}
			}
			if o := bracketedPlaceBefore(f, start, legalSuffix[suf.s]); o >= 0 {
				start = extendLeft(f, o, 12) // 港投私募基金管理（深圳）有限公司
			}
			if (suf.kind == kg.KindProgramme || suf.s == "局" || suf.s == "署") && start >= 2 && hasSuffixAt(f, start, "企业") {
				// 科技企業培育計劃, 中小企業資助計劃, 企業支援計劃: 企業 is a word of a
				// programme's name (it stops the walk as a word before company names), and of a
				// bureau's (企業發展局, 中小企業署: the enterprises it serves).
				start = extendLeft(f, start-2, 8)
			}
			start = afterCopulaXi(f, start, i)
			start = stripLead(f, start, i)
			if i-start-1 >= suf.minLeft() && (f[start] == '前' || f[start] == '原') && zhBoundary(f, start) && !placeSpans(f, start, start+1) {
				start++ // 、前港交所高級副總裁: 前 says the post is past, it opens no name
			}
			if b, ok := brands[start]; ok && start < i && (b == 0 || zhBoundary(f, b)) {
				start = b // 華為數字能源: the brand's 為 stopped the walk
			}
			start = yearBefore(f, start, suf.kind)
			start = afterGovernment(f, start, i, suf.s) // 特区政府创新科技及工业局 → 创新科技及工业局
			// 香港创新科技及工业局 → 创新科技及工业局 (gov_zh.go)
			start = hkPolicyBureauStart(f, start, i, suf.s)
			if start == i && start >= 2 && len(sr) >= 2 && f[start-1] == '和' && isHan(f[start-2]) && !zhStopRunes[f[start-2]] && zhBoundary(f, start-2) {
				start -= 2 // 在养和医院, 及捷和集团: 和 is the name's second rune, not "and"
			}
			if start >= 1 && start < i && f[start-1] == '和' && !institutional[suf.s] && heOpensName(f, start-1, i-start) {
				start-- // 老股东和裕资本, 由和谐资本领投: 和 is the name's first rune, not "and"
			}
			if i-start < suf.minLeft() && start >= 2 && f[start-1] == '的' && isHan(f[start-2]) && !zhPronouns[f[start-2]] &&
				zhBoundary(f, start-2) {
				start -= 2 // 与美的集团签署: a one-rune word and 的 open the name
			}
			if i-start < suf.minLeft() {
				break
			}
			left := string(f[start:i])
			if suf.kind == kg.KindOrganization && !institutional[suf.s] && wordAt(f, end, zhUnitNouns) {
				break // 英伟达汽车芯片部门: the industry word opens a unit's name, not ends a company's
			}
			if suf.s == "投资" && end < len(f) && (isDigit(f[end]) || strings.ContainsRune("约逾了过", f[end])) {
				break // 在沙特投資約5,000萬: the verb and its amount, not a firm
			}
			if suf.s == "投资" && (end < len(f) && strings.ContainsRune("人者方额", f[end]) || endsWithAny(f, i, zhInvestmentKinds)) {
				break // 紅杉中國投資人沈嘉禾: 投資人 is a title, 投資者 and 投資方 the investors; 策略性投資 the noun
			}
			if wordSuffixes[suf.s] && !wordSuffixEndsName(f, start, end) || suf.s == "在线" && !onlineBrand(left) {
				break // 醫療器械, 生物醫學系: the suffix opens a compound noun (hksuffixes_zh.go)
			}
			if suf.kind == kg.KindOrganization && studyField(f, start, i, end) {
				break // 南京大学微电子专业: a field of study after the university, not a company (fields_zh.go)
			}
			if !govBodies[suf.s] && inBureauName(f, end) {
				break // 创新科技 in 创新科技及工业局 is the bureau's first portfolio
			}
			if (suf.s == "计划" || suf.s == "计画") && end < len(f) && strings.ContainsRune("于在明今将下最未进拓再与以透通向年内", f[end]) {
				break // 衡矩智能计划于下半年…: "plans to", a verb after the name, not a programme
			}
			if suffixOpensNoun(f, suf.s, end) && i-start >= 2 {
				// 汇川技术控股子公司, 芯驰微电子证券部: the name ends before the suffix (nameends_zh.go)
				out = append(out, mention{start: start, end: i, name: string(d.runes[start:i]), key: d.key(string(d.runes[start:i])), kind: kg.KindOrganization})
				i = end - 1
				break
			}
			if suf.s == "公司" && (strings.HasSuffix(left, "母") || strings.HasSuffix(left, "子") || strings.HasSuffix(left, "附属")) {
				break // 守網科技母公司為…: a relation word, not a name
			}
			if suf.s == "投资" && (strings.HasSuffix(left, "独家") || strings.HasSuffix(left, "联合") || strings.HasSuffix(left, "共同") ||
				strings.HasSuffix(left, "追加") || strings.HasSuffix(left, "参与") || strings.HasSuffix(left, "继续") ||
				left == "战略" /* 获得港投公司5,000万美元战略投资 */) {
				break // 元禾原点独家投资: a verb phrase after the investor's name
			}
			if suf.s == "投资" && !textnorm.HasHan(left) && (at2(f, start-1) == '获' || hasSuffixAt(f, start, "获得") || hasSuffixAt(f, start, "得到")) {
				break // 獲OpenAI投資: the investor's Latin name and the verb's noun, not a name
			}
			if suf.s == "投资" && (at2(f, end) == '者' || at2(f, end) == '部' || hasPrefixAt(f, end, "银行部")) {
				break // 基石投资者: investors; 战略投资部, 投資銀行部: a department
			}
			if (suf.s == "投资" || suf.s == "科技") && endsWithOrgSuffix(left) || repeatsSuffix(left, suf.s) {
				break // IDG资本投资, 新创建集团战略投资, 维港投资投资: the name is the part before
			}
			if !institutional[suf.s] && (zhGeneric[left] || allGeneric(left)) || zhGeneric[left+suf.s] || countedGroup(f[start:i]) {
				break // (本港三間公立醫院: a count of hospitals, no name)
			}
			if e, ok := bankBeforeDivision(f, start, i, end, suf.s); ok {
				name := string(d.runes[start:e]) // 高盛投資銀行部: 高盛, whose investment-banking division it is
				out = append(out, mention{start: start, end: e, name: name, key: d.key(name), kind: kindBySuffix(name, kg.KindOrganization)})
				i = end - 1
				break
			}
			if suf.kind == kg.KindOrganization {
				end = placeBracketAfter(f, start, end) // 螞蟻銀行（香港） (bracketnames_zh.go)
			}
			kind, e := suf.kind, end
			if k, ok := facilityBeforeRoom(left, suf.s); ok {
				e, kind = i, k // 進駐香港科學園實驗室: the lab is a room in the park (placewords_zh.go)
			}
			if suf.kind == kg.KindProgramme && latinProgramme(string(d.runes[start:i])) {
				e = i // 科技園公司的Incu-Bio計劃: the programme's name is the Latin one, as in English (placewords_zh.go)
			}
			if b, ok := officeOfBrand(f, start, i, suf.s); ok {
				if b == start {
					i = end - 1
					break // 香港辦公室負責人: the company's office in a place, no name
				}
				e = b // 聯想創投香港辦公室: the company's office, read as the company (placewords_zh.go)
			}
			name := string(d.runes[start:e])
			out = append(out, mention{start: start, end: e, name: name, key: d.key(name), kind: kind})
			i = end - 1
			break
		}
	}
	return out
}

// heOpensName reports whether the 和 at k opens the name whose brand (the runes before its
// suffix) is the n runes after it, rather than joining two names: "and" needs a name on each
// side, so 和 opens the name when no name can stand before it (a clause's start, a preposition
// or verb such as 由 获 向, a noun such as 股东: 老股东和裕资本) or when the brand after it would
// be one rune alone (和裕资本, not 裕资本: a company's brand is two runes or more).
func heOpensName(f []rune, k, n int) bool {
	if n == 1 {
		b := f[k+1]
		return !zhStopRunes[b] && !zhGeneric[string(b)] && !strings.ContainsRune("母子新旧本该此两各每总分全其", b)
	}
	if k == 0 {
		return true
	}
	return zhStopRunes[f[k-1]] && f[k-1] != '、' || hasSuffixAt(f, k, "股东")
}

// joinedCommission are the suffixes of bodies whose names join two fields with 及
// (證券及期貨事務監察委員會, 香港工業及商業協會); 局 and 署 have portfolioJoin.
var joinedCommission = map[string]bool{"委员会": true, "协会": true, "商会": true, "总会": true, "研究院": true, "研究所": true}

// bodyName reports whether s ends as a company's or an institution's name does (甲公司, 乙協會).
func bodyName(s string) bool {
	if endsWithOrgSuffix(s) {
		return true
	}
	for x := range institutional {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// zhBoundary reports whether a name may start at k: the text's or a line's start, a stop rune
// or a stop word before it (旗下美的創投; 界面新闻记者 on the line under a headline).
func zhBoundary(f []rune, k int) bool {
	if k == 0 || zhStopRunes[f[k-1]] || f[k-1] == '\n' {
		return true
	}
	for _, w := range zhStopWords {
		if hasSuffixAt(f, k, w) {
			return true
		}
	}
	return false
}

// legalSuffix are the legal endings a bracketed place may stand before.
var legalSuffix = map[string]bool{"有限公司": true, "公司": true, "集团": true, "控股": true}

// bracketedPlaceBefore returns where the （…） that ends at k opens when it holds a place of
// 2–4 Han runes inside a company's name (基金管理（深圳）有限公司), else -1.
func bracketedPlaceBefore(f []rune, k int, legal bool) int {
	if k < 4 || f[k-1] != '）' && f[k-1] != ')' {
		return -1
	}
	for o := k - 2; o >= 0 && o >= k-6; o-- {
		if f[o] == '（' || f[o] == '(' {
			in := f[o+1 : k-1]
			if len(in) < 2 || !isHanString(string(in)) || o == 0 || !isHan(f[o-1]) || zhStopRunes[f[o-1]] {
				return -1
			}
			if legal && len(in) <= 3 {
				return o // 日本電氣（香港）有限公司: a short Han word in brackets before a legal ending
			}
			for _, m := range placeMatcher.FindFolded(in) {
				if m.Start == 0 && m.End == len(in) {
					return o
				}
			}
			return -1
		}
	}
	return -1
}

// placeSpans reports whether a place name starts at a and runs past b: 前 in 前海 is no
// "former" to strip.
func placeSpans(f []rune, a, b int) bool {
	for _, m := range placeMatcher.FindFolded(f[a:min(len(f), a+8)]) {
		if m.Start == 0 && a+m.End > b {
			return true
		}
	}
	return false
}

// zhPronouns cannot open a name before 的 (其的, 新的).
var zhPronouns = runeSet("我你他她它其该这那新本各每此年月日") // 今年的投資 is no name

// extendLeft walks left from i over the runes of a name, at most max runes.
func extendLeft(f []rune, i, max int) int {
	j := i
	for j > 0 && i-j < max {
		c := f[j-1]
		// 创新及科技基金: 及 joins two generic words inside one name.
		if (c == '及' || c == '与') && j-3 >= 0 && zhGeneric[string(f[j-3:j-1])] && zhGeneric[string(f[j:min(i, j+2)])] && !suffixAfterBrand(f, j-3, j-1) {
			j--
			continue
		}
		if c == '年' && j >= 2 && strings.ContainsRune("青少老成", f[j-2]) {
			j -= 2 // 香港青年創業家協會: 青年 is a word of the name, not a year
			continue
		}
		if c == '年' && j < len(f) && f[j] == '度' && !(j >= 2 && isDigit(f[j-2])) {
			j-- // 年度創新大獎: 年度 (annual) is a word of the name, not a year's end
			continue
		}
		if c == '日' && j >= 2 && f[j-2] == '每' {
			j -= 2 // 每日财经: 日 here is no date
			continue
		}
		if c == '日' && j < len(f) && f[j] == '本' && !(j >= 2 && isDigit(f[j-2])) {
			j-- // 日本電氣: Japan, not a day
			continue
		}
		if i-j >= 2 && jointAfterName(f, j) {
			break // 晶氢能源联合香港氢能协会: 联合 joins two names
		}
		if i-j >= 2 && (tradeNounEndsAt(f, j) || ownerNounEndsAt(f, j)) {
			break // 手術機械人開發商智康醫療: the trade noun describes the company named after it (tradenouns_zh.go)
		}
		if tongInName(f, j-1) {
			j-- // 香港佛山同乡总会: 同 opens a word of the name (occasions_zh.go)
			continue
		}
		if zhStopRunes[c] {
			if p := placeThrough(f, j-1, i); p >= 0 {
				j = p // 將軍澳工業邨, 以色列…: a place that opens with a stop rune is part of the name
				continue
			}
		}
		if zhStopRunes[c] || isSpace(c) || isDigit(c) || !(isHan(c) || isLatinLetter(c) || c == '-' || c == '—') {
			break
		}
		stop := false
		for _, w := range zhStopWords {
			if hasSuffixAt(f, j, w) && !(w == "建设" && strings.ContainsRune("市省区县", at2(f, j-3))) {
				stop = true // (合肥市建设投资控股: a city's construction-investment company, not "builds")
				break
			}
		}
		if !stop {
			stop = wordEndsAt(f, j, nameStopCues())
		}
		if stop {
			break
		}
		j--
	}
	return j
}

// allGeneric reports whether s is made only of generic words (人工智能独角兽).
func allGeneric(s string) bool {
	if s == "" {
		return true
	}
	for n := len([]rune(s)); n > 0; n-- {
		p := string([]rune(s)[:n])
		if zhGeneric[p] && allGeneric(string([]rune(s)[n:])) {
			return true
		}
	}
	return false
}

// enCues end English names of organisations and programmes.
var enCues = map[string]kg.Kind{
	"ltd": kg.KindOrganization, "limited": kg.KindOrganization, "capital": kg.KindOrganization,
	"partners": kg.KindOrganization, "labs": kg.KindOrganization, "lab": kg.KindOrganization,
	"institute": kg.KindOrganization, "holdings": kg.KindOrganization, "holding": kg.KindOrganization, "group": kg.KindOrganization,
	"bank": kg.KindOrganization, "university": kg.KindOrganization, "ventures": kg.KindOrganization,
	"technologies": kg.KindOrganization, "technology": kg.KindOrganization, "inc": kg.KindOrganization,
	"corp": kg.KindOrganization, "corporation": kg.KindOrganization, "investments": kg.KindOrganization,
	"securities": kg.KindOrganization, "robotics": kg.KindOrganization, "biotech": kg.KindOrganization,
	"therapeutics": kg.KindOrganization, "association": kg.KindOrganization, "foundation": kg.KindOrganization,
	"academy": kg.KindOrganization, "college": kg.KindOrganization, "exchange": kg.KindOrganization,
	"authority": kg.KindOrganization, "council": kg.KindOrganization, "ai": kg.KindOrganization,
	"fund": kg.KindFund, "programme": kg.KindProgramme, "program": kg.KindProgramme,
	"scheme": kg.KindProgramme, "accelerator": kg.KindProgramme, "incubator": kg.KindProgramme,
	"park": kg.KindFacility, "centre": kg.KindFacility, "center": kg.KindFacility, "hub": kg.KindFacility,
	// Endings of company and agency names that carry no legal suffix (Cathay Innovation,
	// Hong Kong Telecom, Animoca Brands, Innovation and Technology Commission).
	"innovation": kg.KindOrganization, "telecom": kg.KindOrganization, "networks": kg.KindOrganization,
	"systems": kg.KindOrganization, "semiconductor": kg.KindOrganization, "pharma": kg.KindOrganization,
	"pharmaceuticals": kg.KindOrganization, "logistics": kg.KindOrganization, "insurance": kg.KindOrganization,
	"payments": kg.KindOrganization, "solutions": kg.KindOrganization, "software": kg.KindOrganization,
	"brands": kg.KindOrganization, "motors": kg.KindOrganization, "airlines": kg.KindOrganization,
	"properties": kg.KindOrganization, "management": kg.KindOrganization, "advisors": kg.KindOrganization,
	"commission": kg.KindOrganization, "bureau": kg.KindOrganization, "agency": kg.KindOrganization,
	"ministry": kg.KindOrganization, "hospital": kg.KindOrganization, "laboratory": kg.KindOrganization,
	"consortium": kg.KindOrganization, "alliance": kg.KindOrganization, "healthcare": kg.KindOrganization,
	"energy": kg.KindOrganization, "studios": kg.KindOrganization, "biosciences": kg.KindOrganization,
	"department": kg.KindOrganization, "federation": kg.KindOrganization, "chamber": kg.KindOrganization,
	"network": kg.KindOrganization, "dynamics": kg.KindOrganization, "school": kg.KindOrganization, // London School of Economics
	// h12r12: utilities and carriers named by a place and their trade ("Hong Kong Electric",
	// "Hong Kong Broadband"), besides telecom and airlines above.
	"electric": kg.KindOrganization, "airways": kg.KindOrganization, "broadband": kg.KindOrganization,
	// Committees, trusts, clubs and societies; events and awards.
	"committee": kg.KindOrganization, "trust": kg.KindOrganization, "club": kg.KindOrganization,
	"administration": kg.KindOrganization, // the regulators named so: Food and Drug Administration
	"society":        kg.KindOrganization, "award": kg.KindEvent, "awards": kg.KindEvent, "prize": kg.KindEvent,
	"summit": kg.KindEvent, "forum": kg.KindEvent, "expo": kg.KindEvent, "conference": kg.KindEvent,
	"festival": kg.KindEvent, "week": kg.KindEvent, "competition": kg.KindEvent, "challenge": kg.KindEvent,
	// A regulator's sandbox admits projects as a programme does; a plan, a blueprint or a
	// strategy a government issues is a policy.
	"sandbox": kg.KindProgramme, "plan": kg.KindPolicy, "blueprint": kg.KindPolicy, "strategy": kg.KindPolicy,
	// Legal forms of other jurisdictions (Harbour Peak Partners LLC, Kestrel Growth Fund II, L.P.,
	// Siemens AG, Banco Lumina S.A.) and governments (Shenzhen Municipal People's Government).
	"llc": kg.KindOrganization, "l.l.c": kg.KindOrganization, "lp": kg.KindOrganization, "l.p": kg.KindOrganization,
	"gmbh": kg.KindOrganization, "ag": kg.KindOrganization, "s.a": kg.KindOrganization, "plc": kg.KindOrganization,
	"n.v": kg.KindOrganization, "b.v": kg.KindOrganization, "government": kg.KindOrganization,
}

// enLegalForms are the legal endings that may follow a name after a comma ("Nuvia Robotics,
// Inc.", "Kestrel Growth Fund II, L.P.") and keep their full stop.
var enLegalForms = map[string]bool{"ltd": true, "inc": true, "corp": true, "llc": true, "l.l.c": true, "lp": true, "l.p": true,
	"s.a": true, "n.v": true, "b.v": true, "plc": true, "gmbh": true, "ag": true, "limited": true,
	"co": true} // Mitsui & Co.: the abbreviation's full stop is the name's

// enLowerLegal are legal forms British and Hong Kong news write in lower case after the name
// they end ("Prudential plc", "HSBC Holdings plc"): part of the name, unlike a lower-case kind
// word ("the Incu-Tech programme").
var enLowerLegal = map[string]bool{"plc": true}

// enLowerCues are kind words news writes in lower case after a name: "the Incu-Tech programme".
var enLowerCues = map[string]bool{"programme": true, "program": true, "scheme": true}

// enOfCues are name endings that an "of" phrase may continue: University of Hong Kong.
var enOfCues = map[string]bool{"government": true, "university": true, "authority": true, "institute": true, "bank": true, "academy": true,
	"college": true, "ministry": true, "bureau": true, "council": true, "commission": true, "department": true,
	"association": true, "federation": true, "chamber": true, "school": true}

// ofTail extends a name that ends with the cue words[wi] over "of" and the capitalised words
// (and topic lists) after it; it returns end unchanged when no such phrase follows.
func ofTail(d *doc, words []word, wi, end int) int {
	if wi+2 >= len(words) || words[wi+1].text != "of" || string(d.runes[words[wi].end:words[wi+1].start]) != " " {
		return end
	}
	k := wi + 2
	last := -1
	for k < len(words) && isCapitalised(words[k].text) {
		gap := string(d.runes[words[k-1].end:words[k].start])
		if gap != " " && !(gap == ", " && enTopicWords[words[k-1].text] && enTopicWords[words[k].text]) {
			break
		}
		if p := words[k-1].text; k > wi+2 && strings.HasSuffix(p, ".") && !enAbbrevs[p] {
			break // "… of Hong Kong. The company": the sentence ended
		}
		last = k
		if k+2 < len(words) && words[k+1].text == "and" && enTopicWords[words[k].text] && enTopicWords[words[k+2].text] {
			k += 2
			continue
		}
		k++
	}
	if last < 0 {
		return end
	}
	if t := words[last].text; strings.HasSuffix(t, ".") && !enAbbrevs[t] {
		return words[last].end - 1 // "… the University of Hong Kong.": the sentence's full stop
	}
	return words[last].end
}

// camelPark reports whether w is one word ending in a capitalised Park (InnoPark, SmartPark).
func camelPark(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "Park") && isCapitalised(w)
}

// enLegalWords end legal names that may hold a bracketed place: X (Hong Kong) Limited.
var enLegalWords = map[string]bool{"limited": true, "ltd": true, "ltd.": true, "holdings": true, "company": true}

// bracketBefore returns where "(" opens a bracket of capitalised words that closes one space
// before i ("… (Hong Kong) Limited"), else -1.
func bracketBefore(r []rune, i int) int {
	if i < 3 || r[i-1] != ' ' || r[i-2] != ')' {
		return -1
	}
	for o := i - 3; o >= 0 && o > i-24; o-- {
		if r[o] == '(' {
			if o+1 < len(r) && r[o+1] >= 'A' && r[o+1] <= 'Z' {
				return o
			}
			return -1
		}
		if !isLatinLetter(r[o]) && r[o] != ' ' {
			return -1
		}
	}
	return -1
}

// hyphenModifier reports whether w is a capitalised word joined to a lower-case one
// (Kong-based, HKEX-listed, Shenzhen-headquartered): a modifier before a name, not part of it.
func hyphenModifier(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z' && !hyphenNouns[w[i+1:]] && // Start-up
		modifierWord(w, i) // "Low-altitude Economy …" names; "Hong Kong-based", "Co-founder" describe (names_en.go)
}

// enTopicWords are the nouns "and" joins inside one name.
var enTopicWords = map[string]bool{"Science": true, "Sciences": true, "Technology": true, "Research": true,
	"Innovation": true, "Arts": true, "Industry": true, "Trade": true, "Commerce": true, "Development": true,
	"Education": true, "Health": true, "Finance": true, "Economic": true, "Engineering": true, "Design": true,
	"Culture": true, "Sports": true, "Tourism": true, "Investment": true, "Food": true, "Drug": true, "Parks": true,
	"Industrial": true, "Information": true, "Communications": true, "Media": true, "Entertainment": true,
	"Transport": true, "Housing": true, "Environment": true, "Ecology": true, "Planning": true, "Lands": true,
	"Convention": true, "Exhibition": true, "Conference": true, // Convention and Exhibition Centre
	// Hong Kong's bureaux and departments join two fields: Transport and Logistics Bureau,
	// Labour and Welfare Bureau, Home and Youth Affairs Bureau, Agriculture, Fisheries and
	// Conservation Department.
	"Logistics": true, "Labour": true, "Welfare": true, "Youth": true, "Affairs": true, "Security": true,
	"Mainland": true, "Constitutional": true, "Agriculture": true, "Fisheries": true, "Conservation": true,
	"Civil": true, "Aviation": true, "Water": true, "Energy": true, "Manpower": true,
	// Financial Services and the Treasury Bureau; Venture Capital and Private Equity Association.
	"Services": true, "Treasury": true, "Capital": true, "Private": true, "Equity": true,
	// Regulators join the markets they watch: Securities and Futures Commission, Food and Drug
	// Administration, Banking and Insurance Regulatory Commission.
	"Securities": true, "Futures": true, "Insurance": true, "Banking": true, "Markets": true, "Standards": true}

// enDeterminers open a sentence before a name without being part of it ("Its Cyberport Macro Fund").
var enDeterminers = map[string]bool{"Its": true, "Their": true, "Our": true, "His": true, "Her": true, "This": true,
	"That": true, "These": true, "Those": true, "Both": true}

var enConnectors = map[string]bool{"of": true, "and": true, "for": true, "&": true, "de": true}

// englishByCue finds runs of capitalised words that end with a cue word (Ltd, Capital, Labs…).
func englishByCue(d *doc) []mention {
	words := latinWords(d.runes)
	var out []mention
	for wi := 0; wi < len(words); wi++ {
		w := words[wi]
		kind, ok := enCues[strings.ToLower(strings.TrimSuffix(w.text, "."))]
		lowerCue := false // "the Incu-Tech programme": the name stands before a lower-case kind word
		switch {
		case ok && !isCapitalised(w.text) && !enLowerLegal[strings.TrimSuffix(w.text, ".")]:
			if !enLowerCues[w.text] || wi == 0 || !isCapitalised(words[wi-1].text) || words[wi-1].end+1 != w.start {
				continue
			}
			lowerCue = true
		case !ok && camelPark(w.text):
			kind, ok = kg.KindFacility, true // Tai Po InnoPark, Cyberport's SmartPark
		case !ok:
			continue
		}
		// Walk left over capitalised words and connectors on the same line.
		s := wi
		for s > 0 {
			if o := bracketBefore(d.runes, words[s].start); o > 0 && s >= 2 && (s == wi && enLegalWords[strings.ToLower(w.text)] ||
				s == wi-1 && words[s].text == "Co.") { // "Valence Robotics (Shenzhen) Co., Ltd."
				// "Harbourline (Hong Kong) Limited": the bracket holds the place of a legal name.
				k := s - 1
				for k > 0 && words[k].start > o {
					k--
				}
				if words[k].end == o-1 && isCapitalised(words[k].text) {
					s = k
					continue
				}
			}
			p := words[s-1]
			if s == wi && enLegalForms[strings.ToLower(strings.TrimSuffix(w.text, "."))] && string(d.runes[p.end:w.start]) == ", " && isCapitalised(p.text) {
				s-- // "Nuvia Robotics, Inc.": the legal form after a comma ends the name
				continue
			}
			if p.text == "s" && s >= 2 && words[s-2].text == "People" && words[s-2].end+1 == p.start && words[s-1].end+1 == words[s].start {
				s -= 2 // "Shenzhen Municipal People's Government": the possessive is inside the name
				continue
			}
			if gap := string(d.runes[p.end:words[s].start]); gap == ", " && enTopicWords[p.text] && enTopicWords[words[s].text] {
				s-- // "Innovation, Technology and Industry Bureau": a list of topics inside one name
				continue
			}
			if p.end+2 < words[s].start || hasBreak(d.runes[p.end:words[s].start]) {
				break
			}
			if p.text == "the" && s-3 >= 0 && words[s-2].text == "and" && enTopicWords[words[s-3].text] && enTopicWords[words[s].text] {
				s -= 3 // "Financial Services and the Treasury Bureau": "and the" joins two fields of one bureau
				continue
			}
			topics := s-2 >= 0 && enTopicWords[words[s-2].text] && enTopicWords[words[s].text]
			if (p.text == "and" || p.text == "&") && s-2 >= 0 && enCues[strings.ToLower(words[s-2].text)] != "" && !topics {
				break // "X Fund and Y Fund" is two names
			}
			if p.text == "and" && !(s-2 >= 0 && enTopicWords[words[s-2].text] && enTopicWords[words[s].text]) {
				// "and" joins topics inside a name (Science and Technology Parks); elsewhere it
				// joins two names (Hillhouse and Qiming Venture Partners, X and HKSTP Ventures).
				break
			}
			if hyphenModifier(p.text) {
				break // "Hong Kong-based Animoca Brands": the place modifies the name
			}
			if strings.HasSuffix(p.text, ".") && !enAbbrevs[p.text] && !initials([]rune(strings.TrimSuffix(p.text, "."))) {
				break // "… of CUHK. The Hong Kong Jockey Club": a sentence ended before
			}
			if isCapitalised(p.text) || enConnectors[p.text] && s-2 >= 0 && isCapitalised(words[s-2].text) {
				s--
				continue
			}
			break
		}
		for s < wi && (enConnectors[words[s].text] || words[s].text == "The" || enDeterminers[words[s].text] || enClauseOpeners[words[s].text]) {
			s++
		}
		if lowerCue {
			if s >= wi {
				continue // "The programme", "Its scheme": only determiners stood before the kind word
			}
			if s == wi-1 && enNotNames[words[s].text] {
				continue
			}
			start, end := words[s].start, words[wi-1].end
			name := string(d.runes[start:end])
			out = append(out, mention{start: start, end: end, name: name, key: d.key(name), kind: kind})
			continue
		}
		start, end := words[s].start, w.end
		if enOfCues[strings.ToLower(w.text)] {
			end = ofTail(d, words, wi, end) // Monetary Authority of Singapore, Bank of East Asia
		}
		if s == wi && !camelPark(w.text) && (end == w.end || !isCapitalised(w.text)) {
			continue // a cue word alone ("Capital") is no name; "the University of Hong Kong" is
		}
		if strings.HasSuffix(w.text, ".") {
			end-- // keep the sentence's full stop out; "Ltd." keeps it below
			if enLegalForms[strings.ToLower(strings.TrimSuffix(w.text, "."))] && !enLowerLegal[strings.TrimSuffix(w.text, ".")] {
				end++ // (not "plc.", whose stop is the sentence's)
			}
		}
		end = numberAfterName(d, words, wi, end) // Greater Bay Fund II, Asia Summit 2025
		name := string(d.runes[start:end])
		out = append(out, mention{start: start, end: end, name: name, key: d.key(name), kind: kind})
	}
	return out
}

type word struct {
	start, end int
	text       string
}

// latinWords cuts the Latin words out of r (letters, digits, & and inner - ' .).
func latinWords(r []rune) []word {
	var out []word
	for i := 0; i < len(r); {
		if !(isLatinLetter(r[i]) || isDigit(r[i]) || r[i] == '&') {
			i++
			continue
		}
		j := i + 1
		for j < len(r) && (isLatinLetter(r[j]) || isDigit(r[j]) || (r[j] == '-' || r[j] == '\'' || r[j] == '.') && j+1 < len(r) && isLatinLetter(r[j+1]) || innerAmpersand(r, j)) {
			if possessiveAt(r, j) {
				break // "Corporation's Incu-Tech": the name ends before the possessive
			}
			j++
		}
		if j < len(r) && r[j] == '.' && j-i <= 4 && !strings.ContainsRune(string(r[i:j]), '&') { // Ltd. Inc. Co. (not "R&D." ending a sentence)
			j++
		}
		if ex := exPrefix(string(r[i:min(j, i+3)])); ex > 0 && j > i+ex && unicode.IsUpper(r[i+ex]) {
			j = i + ex - 1 // "ex-Google": "ex" and the name it was part of, two words
		}
		out = append(out, word{i, j, string(r[i:j])})
		i = j
	}
	return out
}

// possessiveAt reports whether r[j:] opens a possessive 's or ’s that ends a word.
func possessiveAt(r []rune, j int) bool {
	return (r[j] == '\'' || r[j] == '’') && j+1 < len(r) && (r[j+1] == 's' || r[j+1] == 'S') && (j+2 == len(r) || !isLatinLetter(r[j+2]) && !isDigit(r[j+2]))
}

func hasBreak(r []rune) bool {
	for _, c := range r {
		if c != ' ' && c != '-' {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	if w == "" {
		return false
	}
	c := []rune(w)[0]
	return c >= 'A' && c <= 'Z' || isDigit(c)
}

// nameStopCues are the Chinese relationship cues of two runes or more that end a name
// (all but inNames), by their last rune: extendLeft asks at every rune it walks over.
var nameStopCues = sync.OnceValue(func() map[rune][]string {
	m := map[rune][]string{}
	for _, c := range relCues {
		if c.lang == "zh" && !c.gap && len(c.runes) >= 2 && !inNames[c.cue] {
			r := []rune(c.cue)
			m[r[len(r)-1]] = append(m[r[len(r)-1]], c.cue)
		}
	}
	return m
})

// wordEndsAt reports whether one of the words, indexed by their last rune, ends at j of f.
func wordEndsAt(f []rune, j int, byLast map[rune][]string) bool {
	if j < 1 || j > len(f) {
		return false
	}
	for _, w := range byLast[f[j-1]] {
		if hasSuffixAt(f, j, w) {
			return true
		}
	}
	return false
}

// definedTerm reads the defined term of an announcement or a prospectus in a bracket after a
// name: (the "Company"), (the “Group”), (hereinafter "the Issuer"): one capitalised word, quoted,
// after "the". It returns the term as the text then writes it ("the Company"), so that every
// later "the Company" is a mention of the name before the bracket.
func definedTerm(inner string) (string, bool) {
	inner = strings.TrimPrefix(inner, "hereinafter ")
	inner = strings.TrimPrefix(inner, "hereinafter referred to as ")
	w, ok := strings.CutPrefix(inner, "the ")
	if !ok {
		w, ok = strings.CutPrefix(inner, "The ")
	}
	if !ok {
		return "", false
	}
	quoted := strings.ContainsAny(w, "“\"‘")
	w = strings.Trim(w, "“”\"'‘’")
	ws := strings.Fields(w)
	// One word, or up to three quoted ones (the "Target Company"); never a bare phrase
	// ("the Hong Kong Science Park" is a place named again, not a term).
	if len(ws) == 0 || len(ws) > 3 || len(ws) > 1 && !quoted || strings.ContainsAny(w, "\"“”") {
		return "", false
	}
	for _, x := range ws {
		if !isCapitalised(x) {
			return "", false
		}
		for _, c := range x {
			if !isLatinLetter(c) {
				return "", false
			}
		}
	}
	return "the " + strings.Join(ws, " "), true
}

// Package bench measures hkgraph against @neo4j/graphql 7 (the peer) and against the same
// Cypher run directly through neo4j-go-driver (the floor), side by side on one Neo4j and one
// synthetic ecosystem. `make bench` runs it; see bench/README.md.
package bench

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Scale sizes the synthetic ecosystem.
type Scale struct {
	Entities      int // all kinds together
	Relationships int // all types together, the hub's included
	HubDegree     int // relationships of the one big hub
}

// Scales the bench runs at.
var (
	FullScale  = Scale{Entities: 100_000, Relationships: 1_000_000, HubDegree: 100_000}
	QuickScale = Scale{Entities: 20_000, Relationships: 200_000, HubDegree: 100_000}
	// SmokeScale is for `make test`: tiny, but the hub is still dense (above DenseDegree), so
	// paging takes the index-seek path it takes at full scale.
	SmokeScale = Scale{Entities: 600, Relationships: 4_000, HubDegree: 1_500}
)

// Manifest says what was generated and which entities the workloads ask about.
type Manifest struct {
	Scale         Scale    `json:"scale"`
	Seed          uint64   `json:"seed"`
	Files         []string `json:"files"` // to pass to `hkgraph import`
	Entities      int      `json:"entities"`
	Relationships int      `json:"relationships"`
	EntityID      string   `json:"entityId"`       // `entity`: an investor with a few dozen relationships
	EntityKind    string   `json:"entityKind"`     //
	ListRole      string   `json:"listRole"`       // `list`: organisations with this role
	HubID         string   `json:"hubId"`          // `hub`: the event with HubDegree relationships
	Degree100ID   string   `json:"degree100Id"`    // the programme with exactly 100 relationships
	SearchText    string   `json:"searchText"`     // `search`: names exactly SearchHits organisations
	SearchHits    int      `json:"searchHits"`     //
	PathFrom      string   `json:"pathFrom"`       // `path`: 4 hops apart, one shortest path
	PathTo        string   `json:"pathTo"`         //
	PathLength    int      `json:"pathLength"`     //
	HubDegree     int      `json:"hubDegree"`      //
	EntityDegree  int      `json:"entityDegree"`   //
	Degree100     int      `json:"degree100"`      //
	DocumentID    string   `json:"documentId"`     //
	SharedAlias   string   `json:"sharedAlias"`    // every entity's alias: what each citation quotes
	PerKind       []int    `json:"perKind"`        // entities per kind, in kinds order
	PerType       []int    `json:"perType"`        // relationships per type, in relTypes order
	PerTypeNames  []string `json:"perTypeNames"`   //
	PerKindNames  []string `json:"perKindNames"`   //
	MaxOtherDeg   int      `json:"maxOtherDegree"` // the largest degree apart from the hub
	// `deal_flow`: INVESTED_IN relationships dated (to the day) within [DealFrom, DealTo].
	DealFrom  string `json:"dealFrom"`
	DealTo    string `json:"dealTo"`
	DealCount int    `json:"dealCount"`
	// `entity_filter`: organisations whose name contains FilterName, founded in
	// [FilterFoundedFrom, FilterFoundedTo]; FilterCount of them.
	FilterName        string `json:"filterName"`
	FilterFoundedFrom int    `json:"filterFoundedFrom"`
	FilterFoundedTo   int    `json:"filterFoundedTo"`
	FilterCount       int    `json:"filterCount"`
	// `curation_writes`: investors and startups the editors' new relationships join.
	WriteFrom []string `json:"writeFrom"`
	WriteTo   []string `json:"writeTo"`
}

// The special entities. Generated ids are kind prefixes and numbers; these are slugs.
const (
	hubID       = "startmeup-hk-festival"
	degree100ID = "cyberport-creative-micro-fund"
	searchWord  = "Zephyrine"
	searchHits  = 10
	docID       = "doc:bench-ecosystem"
	sharedAlias = "HKIE"
	// The deal_flow and entity_filter workloads' windows.
	dealFrom, dealTo     = "2023-01", "2023-06"
	filterSuffix         = "Robotics" // an organisation name suffix found nowhere else, in any case
	filterFrom, filterTo = 2015, 2020
	docText              = "HKIE — the Hong Kong innovation ecosystem (香港创新科技生态): startups, investors, incubators, programmes, funds, people, events and places."
)

type kind int

const (
	organization kind = iota
	person
	programme
	fund
	facility
	event
	place
	policy
	nKinds
)

var kindNames = [nKinds]string{"ORGANIZATION", "PERSON", "PROGRAMME", "FUND", "FACILITY", "EVENT", "PLACE", "POLICY"}

var relTypes = []string{"INVESTED_IN", "PARTICIPATED_IN", "OPERATES", "FUNDS", "MANAGES", "LOCATED_IN", "LEADS",
	"WORKED_AT", "EDUCATED_AT", "ATTENDED", "ORGANIZED", "PARTNERED_WITH", "MEMBER_OF", "ANNOUNCED"}

type entity struct {
	id    string
	kind  kind
	name  string
	roles []string
}

type gen struct {
	r        *rand.Rand
	deal     *rand.Rand // days and amounts of investments: a stream of its own, so adding them moved nothing else
	ents     []entity
	byKind   [nKinds][]int // regular entities of each kind (the special ones are not drawn at random)
	byRole   map[string][]int
	index    map[string]int
	degree   []int
	types    map[string]map[int]bool // types each entity has, for picking the `entity` workload's entity
	seen     map[uint64]bool
	perType  map[string]int
	filtered int // organisations entity_filter matches
	deals    int // INVESTED_IN dated within [dealFrom, dealTo]
	rels     int
	w        *csv.Writer
}

// Generate writes doc.json, entities.csv and relationships.csv for `hkgraph import` into dir,
// deterministically for (sc, seed), and returns what it wrote.
func Generate(dir string, sc Scale, seed uint64) (*Manifest, error) {
	if sc.HubDegree+2_000 > sc.Relationships || sc.Entities < 500 {
		return nil, fmt.Errorf("bench: scale %+v is too small (at least 500 entities and hub + 2000 relationships)", sc)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, uint64(sc.Entities))), deal: rand.New(rand.NewPCG(seed, 0xdea1)), byRole: map[string][]int{}, index: map[string]int{},
		types: map[string]map[int]bool{}, seen: map[uint64]bool{}, perType: map[string]int{}}
	m := &Manifest{Scale: sc, Seed: seed, HubID: hubID, Degree100ID: degree100ID, SearchText: strings.ToLower(searchWord),
		SearchHits: searchHits, ListRole: "INVESTOR", DocumentID: docID, SharedAlias: sharedAlias, PathLength: 4}
	doc := map[string]any{"documents": []map[string]any{{"id": docID, "title": "A synthetic Hong Kong innovation ecosystem",
		"language": "en", "text": docText, "textPublic": true}}}
	docPath := filepath.Join(dir, "doc.json")
	b, _ := json.Marshal(doc)
	if err := os.WriteFile(docPath, b, 0o644); err != nil {
		return nil, err
	}
	entPath, relPath := filepath.Join(dir, "entities.csv"), filepath.Join(dir, "relationships.csv")
	if err := g.writeEntities(entPath, sc); err != nil {
		return nil, err
	}
	if err := g.writeRelationships(relPath, sc, m); err != nil {
		return nil, err
	}
	m.Files = []string{docPath, entPath, relPath}
	m.Entities, m.Relationships = len(g.ents), g.rels
	for k := range nKinds {
		m.PerKindNames = append(m.PerKindNames, kindNames[k])
		n := 0
		for _, e := range g.ents {
			if e.kind == k {
				n++
			}
		}
		m.PerKind = append(m.PerKind, n)
	}
	for _, t := range relTypes {
		m.PerTypeNames = append(m.PerTypeNames, t)
		m.PerType = append(m.PerType, g.perType[t])
	}
	m.HubDegree, m.Degree100 = g.degree[g.index[hubID]], g.degree[g.index[degree100ID]]
	m.EntityID = g.pickEntity()
	m.EntityKind = kindNames[g.ents[g.index[m.EntityID]].kind]
	m.EntityDegree = g.degree[g.index[m.EntityID]]
	m.DealFrom, m.DealTo, m.DealCount = dealFrom, dealTo, g.deals
	m.FilterName, m.FilterFoundedFrom, m.FilterFoundedTo, m.FilterCount = filterSuffix, filterFrom, filterTo, g.filtered
	// The editors join the first investors to the first startups: existing entities, none
	// of them one a read workload asks about.
	for _, i := range g.byRole["INVESTOR"] {
		if id := g.ents[i].id; id != m.EntityID && len(m.WriteFrom) < 8 {
			m.WriteFrom = append(m.WriteFrom, id)
		}
	}
	for _, i := range g.byRole["STARTUP"][:min(8, len(g.byRole["STARTUP"]))] {
		m.WriteTo = append(m.WriteTo, g.ents[i].id)
	}
	for i, d := range g.degree {
		if g.ents[i].id != hubID && d > m.MaxOtherDeg {
			m.MaxOtherDeg = d
		}
	}
	mb, _ := json.MarshalIndent(m, "", "  ")
	return m, os.WriteFile(filepath.Join(dir, "manifest.json"), mb, 0o644)
}

// ---- entities ----

var (
	syllables = []string{"ka", "lo", "mi", "ren", "tai", "sun", "vo", "qi", "lan", "dex", "nor", "pha", "tek", "zen",
		"ori", "bel", "cas", "fin", "gal", "hui", "jin", "kow", "lum", "mos", "nex", "ova", "pin", "ros", "sol", "tor",
		"ula", "ver", "wan", "xin", "yau", "zhu", "ara", "bio", "cor", "dyn"}
	orgSuffix = map[string][]string{
		"STARTUP":               {"Technologies", "Labs", "Robotics", "Biotech", "AI", "Fintech", "Health", "Logistics", "Games", "Energy"},
		"INVESTOR":              {"Capital", "Ventures", "Partners", "Investments", "Angels"},
		"CORPORATE":             {"Holdings", "Group", "Industries", "Limited", "Corporation"},
		"UNIVERSITY":            {"University", "Institute of Technology"},
		"GOVERNMENT":            {"Bureau", "Commission", "Office", "Authority"},
		"INCUBATOR":             {"Accelerator", "Incubator", "Hub", "Studio"},
		"ASSOCIATION":           {"Association", "Alliance", "Council", "Chamber"},
		"FINANCIAL_INSTITUTION": {"Bank", "Securities", "Insurance", "Asset Management"},
		"RESEARCH_INSTITUTE":    {"Research Centre", "Research Institute", "Laboratory"},
		"MEDIA":                 {"Media", "Times", "News", "Daily"},
		"INDUSTRY_PARK":         {"Science Park", "Innovation Park"},
	}
	zhOrgSuffix = map[string][]string{
		"STARTUP": {"科技", "智能", "生物科技", "金融科技", "机器人", "医疗", "物流", "游戏", "能源"}, "INVESTOR": {"资本", "创投", "投资", "天使基金"},
		"CORPORATE": {"集团", "控股", "实业", "有限公司"}, "UNIVERSITY": {"大学", "理工学院"}, "GOVERNMENT": {"局", "委员会", "办公室"},
		"INCUBATOR": {"加速器", "孵化器", "创新中心"}, "ASSOCIATION": {"协会", "联盟", "商会"}, "FINANCIAL_INSTITUTION": {"银行", "证券", "保险"},
		"RESEARCH_INSTITUTE": {"研究中心", "研究院", "实验室"}, "MEDIA": {"传媒", "时报", "日报"}, "INDUSTRY_PARK": {"科学园", "创新园"},
	}
	zhChars   = []rune("华港新创智联科数云海天恒富泰盈信达鸿骏明星光宇汇通源德安康瑞晶芯博睿启航融汇众鼎盛恒丰金银龙凤")
	surnames  = []string{"Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Yip", "Tang", "Lam", "Choi", "Kwok", "Tsang", "Yeung", "Chow", "Mak", "Fung", "Lo", "Siu"}
	zhSurname = []string{"陳", "黃", "李", "張", "劉", "何", "吳", "梁", "葉", "鄧", "林", "蔡", "郭", "曾", "楊", "周", "麥", "馮", "盧", "蕭"}
	given     = []string{"Ka", "Wai", "Man", "Ming", "Chi", "Kin", "Yan", "Ho", "Hoi", "Siu", "Tak", "Wing", "Yee", "Kwan", "Fai", "Lok", "Sze", "Hei", "Ching", "Tsz"}
	zhGiven   = []string{"嘉", "偉", "文", "明", "志", "健", "欣", "浩", "凱", "小", "德", "榮", "儀", "君", "輝", "樂", "詩", "希", "晴", "子"}
	places    = []struct{ id, name, zh string }{{"hong-kong", "Hong Kong", "香港"}, {"shenzhen", "Shenzhen", "深圳"},
		{"greater-bay-area", "Greater Bay Area", "粤港澳大湾区"}, {"singapore", "Singapore", "新加坡"}, {"kowloon", "Kowloon", "九龙"},
		{"sha-tin", "Sha Tin", "沙田"}, {"kwun-tong", "Kwun Tong", "观塘"}, {"central", "Central", "中环"}, {"wan-chai", "Wan Chai", "湾仔"},
		{"tsuen-wan", "Tsuen Wan", "荃湾"}, {"beijing", "Beijing", "北京"}, {"shanghai", "Shanghai", "上海"}, {"london", "London", "伦敦"},
		{"mainland-china", "Mainland China", "中国内地"}, {"southeast-asia", "Southeast Asia", "东南亚"}, {"middle-east", "Middle East", "中东"},
		{"guangzhou", "Guangzhou", "广州"}, {"macau", "Macau", "澳门"}, {"tokyo", "Tokyo", "东京"}, {"san-francisco", "San Francisco", "旧金山"}}
	sectors = []string{"AI", "fintech", "biotech", "healthtech", "logistics", "robotics", "proptech", "edtech", "greentech", "web3"}
)

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) word() string {
	n := 2 + g.r.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(g.pick(syllables))
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *gen) zhWord(n int) string {
	out := make([]rune, n)
	for i := range out {
		out[i] = zhChars[g.r.IntN(len(zhChars))]
	}
	return string(out)
}

func (g *gen) add(e entity, regular bool) int {
	i := len(g.ents)
	g.ents = append(g.ents, e)
	g.index[e.id] = i
	g.degree = append(g.degree, 0)
	if regular {
		g.byKind[e.kind] = append(g.byKind[e.kind], i)
		for _, r := range e.roles {
			g.byRole[r] = append(g.byRole[r], i)
		}
	}
	return i
}

func (g *gen) writeEntities(path string, sc Scale) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := csv.NewWriter(bw)
	_ = w.Write([]string{"id", "kind", "name", "nameZhHans", "nameZhHant", "aliases", "description", "roles", "founded", "region", "sector", "date", "endDate"})
	row := func(e entity, zhHans, zhHant, desc, founded, region, sector, date, endDate string) {
		if y, _ := strconv.Atoi(founded); e.kind == organization && y >= filterFrom && y <= filterTo &&
			strings.Contains(strings.ToLower(e.name), strings.ToLower(filterSuffix)) {
			g.filtered++
		}
		_ = w.Write([]string{e.id, kindNames[e.kind], e.name, zhHans, zhHant, sharedAlias, desc, strings.Join(e.roles, "|"),
			founded, region, sector, date, endDate})
	}
	n := sc.Entities
	counts := [nKinds]int{}
	counts[place] = max(len(places), n/250)
	counts[event] = max(20, n*3/100)
	counts[programme] = max(20, n*3/100)
	counts[fund] = max(10, n*2/100)
	counts[facility] = max(10, n/100)
	counts[policy] = max(5, n/200)
	counts[person] = n * 40 / 100
	// The special entities: the hub, the 100-degree programme, the search family, the path.
	special := 2 + searchHits + 5
	counts[organization] = n - special
	for k := person; k < nKinds; k++ {
		counts[organization] -= counts[k]
	}
	year := func(lo, hi int) string { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }

	for i := range counts[place] {
		e := entity{kind: place}
		zh := ""
		if i < len(places) {
			e.id, e.name, zh = places[i].id, places[i].name, places[i].zh
		} else {
			e.id, e.name, zh = fmt.Sprintf("place-%d", i), g.word()+" District", g.zhWord(2)+"区"
		}
		g.add(e, true)
		row(e, zh, "", "", "", "Hong Kong", "", "", "")
	}
	roleDist := []struct {
		role string
		pct  int
	}{{"STARTUP", 58}, {"INVESTOR", 10}, {"CORPORATE", 14}, {"FINANCIAL_INSTITUTION", 3}, {"MEDIA", 3}, {"ASSOCIATION", 3},
		{"INCUBATOR", 2}, {"RESEARCH_INSTITUTE", 2}, {"UNIVERSITY", 2}, {"GOVERNMENT", 2}, {"INDUSTRY_PARK", 1}}
	for i := range counts[organization] {
		p, role := g.r.IntN(100), "STARTUP"
		for _, rd := range roleDist {
			if p < rd.pct {
				role = rd.role
				break
			}
			p -= rd.pct
		}
		roles := []string{role}
		if role == "CORPORATE" && g.r.IntN(4) == 0 {
			roles = append(roles, "INVESTOR") // corporate venture arms
		}
		suffix := g.pick(orgSuffix[role])
		e := entity{id: fmt.Sprintf("org-%d", i), kind: organization, name: g.word() + " " + suffix, roles: roles}
		g.add(e, true)
		zh := g.zhWord(2+g.r.IntN(2)) + g.pick(zhOrgSuffix[role])
		desc := ""
		if g.r.IntN(3) == 0 {
			desc = fmt.Sprintf("A Hong Kong %s %s.", g.pick(sectors), strings.ToLower(strings.ReplaceAll(role, "_", " ")))
		}
		row(e, zh, "", desc, year(1950, 2024), g.pick([]string{"Hong Kong", "Hong Kong", "Hong Kong", "Shenzhen", "Singapore"}), g.pick(sectors), "", "")
	}
	for i := range searchHits {
		e := entity{id: fmt.Sprintf("zephyrine-%d", i), kind: organization, name: fmt.Sprintf("%s %s", searchWord, g.pick(orgSuffix["STARTUP"])), roles: []string{"STARTUP"}}
		g.add(e, true)
		row(e, "泽菲林"+g.zhWord(2), "", "", year(2015, 2024), "Hong Kong", "AI", "", "")
	}
	for i := range counts[person] {
		s := g.r.IntN(len(surnames))
		g1, g2 := g.r.IntN(len(given)), g.r.IntN(len(given))
		e := entity{id: fmt.Sprintf("person-%d", i), kind: person, name: surnames[s] + " " + given[g1] + " " + given[g2]}
		g.add(e, true)
		row(e, "", zhSurname[s]+zhGiven[g1]+zhGiven[g2], "", "", "Hong Kong", "", "", "")
	}
	simple := []struct {
		k            kind
		prefix, en   string
		zh           string
		withDate     bool
		withFounded  bool
		region       bool
		sectorOption bool
	}{
		{programme, "prog", "Programme", "计划", true, true, false, true},
		{fund, "fund", "Fund", "基金", true, true, true, true},
		{facility, "fac", "Centre", "中心", true, true, true, false},
		{event, "event", "Summit", "峰会", true, false, true, false},
		{policy, "policy", "Blueprint", "蓝图", true, false, true, false},
	}
	for _, s := range simple {
		for i := range counts[s.k] {
			e := entity{id: fmt.Sprintf("%s-%d", s.prefix, i), kind: s.k, name: g.word() + " " + g.pick(sectors) + " " + s.en}
			g.add(e, true)
			var founded, region, sector, date string
			if s.withFounded {
				founded = year(1990, 2024)
			}
			if s.region {
				region = "Hong Kong"
			}
			if s.sectorOption {
				sector = g.pick(sectors)
			}
			if s.withDate {
				date = year(2000, 2024)
			}
			row(e, g.zhWord(2)+s.zh, "", "", founded, region, sector, date, "")
		}
	}
	hub := entity{id: hubID, kind: event, name: "StartmeupHK Festival"}
	g.add(hub, false)
	row(hub, "", "StartmeupHK創業節", "Hong Kong's annual start-up festival.", "", "Hong Kong", "", "2011", "")
	d100 := entity{id: degree100ID, kind: programme, name: "Cyberport Creative Micro Fund"}
	g.add(d100, false)
	row(d100, "数码港创意微型基金", "", "", "2009", "", "AI", "2009", "")
	for i, id := range []string{"path-person-a", "path-org-1", "path-org-2", "path-org-3", "path-person-b"} {
		e := entity{id: id, kind: organization, name: fmt.Sprintf("Pathfinder %s", g.word()), roles: []string{"STARTUP"}}
		zhHant := ""
		if i == 0 || i == 4 {
			e.kind, e.roles = person, nil
			zhHant = "路" + zhGiven[i]
		}
		g.add(e, false)
		zh := ""
		if zhHant == "" {
			zh = "探路" + g.zhWord(2)
		}
		row(e, zh, zhHant, "", "", "", "", "", "")
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// ---- relationships ----

// zipf draws skewed indexes into a pool: a few members get most draws.
type zipf struct {
	z    *rand.Zipf
	pool []int
}

func (g *gen) zipf(pool []int, s float64) *zipf {
	if len(pool) == 0 {
		panic("bench: empty pool")
	}
	return &zipf{z: rand.NewZipf(g.r, s, 1, uint64(len(pool)-1)), pool: pool}
}

func (z *zipf) next() int { return z.pool[z.z.Uint64()] }

func (g *gen) uniform(pool []int) int { return pool[g.r.IntN(len(pool))] }

// invest writes an investment in year, on a day and of an amount drawn from the deal stream:
// what the deal_flow workload filters and sorts.
func (g *gen) invest(from, to int, year string) bool {
	date := fmt.Sprintf("%s-%02d-%02d", year, 1+g.deal.IntN(12), 1+g.deal.IntN(28))
	// 100 thousand to 1 billion HKD, log-uniform, in thousands.
	amount := strconv.Itoa(int(math.Pow(10, 5+4*g.deal.Float64())/1000) * 1000)
	if !g.relWith("INVESTED_IN", from, to, date, amount, "") {
		return false
	}
	if date >= dealFrom && date < dealTo+"~" {
		g.deals++
	}
	return true
}

// rel writes one relationship unless the same fact (type, ends, date) was written already.
func (g *gen) rel(t string, from, to int, date, role string) bool {
	return g.relWith(t, from, to, date, "", role)
}

func (g *gen) relWith(t string, from, to int, date, amountHKD, role string) bool {
	if from == to {
		return false
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%d\x00%d\x00%s", t, from, to, date)
	k := h.Sum64()
	if g.seen[k] {
		return false
	}
	g.seen[k] = true
	_ = g.w.Write([]string{t, g.ents[from].id, g.ents[to].id, date, "", amountHKD, role, "", docID, "0", strconv.Itoa(len(sharedAlias)), sharedAlias})
	g.degree[from]++
	g.degree[to]++
	for _, i := range []int{from, to} {
		if g.types[t] == nil {
			g.types[t] = map[int]bool{}
		}
		g.types[t][i] = true
	}
	g.perType[t]++
	g.rels++
	return true
}

func (g *gen) writeRelationships(path string, sc Scale, m *Manifest) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	g.w = csv.NewWriter(bw)
	_ = g.w.Write([]string{"type", "from", "to", "date", "endDate", "amountHKD", "role", "note", "citeDoc", "citeStart", "citeEnd", "citeQuote"})
	year := func(lo, hi int) string { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }
	orgs, people := g.byKind[organization], g.byKind[person]
	startups, investors := g.byRole["STARTUP"], append(append([]int{}, g.byRole["INVESTOR"]...), g.byKind[fund]...)
	operators := append(append(append([]int{}, g.byRole["INCUBATOR"]...), g.byRole["GOVERNMENT"]...), g.byRole["INDUSTRY_PARK"]...)

	// The hub: people and organisations attend the festival, many of them year after year.
	hub := g.index[hubID]
	attendees := append(append([]int{}, people...), orgs...)
	for n := 0; n < sc.HubDegree; {
		if g.rel("ATTENDED", g.uniform(attendees), hub, year(2011, 2024), "") {
			n++
		}
	}
	// The 100-degree programme.
	d100 := g.index[degree100ID]
	for n := 0; n < 100; {
		if g.rel("PARTICIPATED_IN", g.uniform(startups), d100, year(2009, 2024), "") {
			n++
		}
	}
	// The path: person-a works at org-1, which partners org-2, which invests in org-3, which
	// person-b leads. None of them has any other relationship, so the path is the only one.
	p := func(id string) int { return g.index[id] }
	g.rel("WORKED_AT", p("path-person-a"), p("path-org-1"), "2020", "engineer")
	g.rel("PARTNERED_WITH", p("path-org-1"), p("path-org-2"), "2021", "")
	g.rel("INVESTED_IN", p("path-org-2"), p("path-org-3"), "2022", "")
	g.rel("LEADS", p("path-person-b"), p("path-org-3"), "2019", "CEO")
	m.PathFrom, m.PathTo = "path-person-a", "path-person-b"

	// Structure every entity has.
	placeZ := g.zipf(g.byKind[place], 1.3)
	opZ := g.zipf(operators, 1.2)
	gov := g.byRole["GOVERNMENT"]
	for _, o := range orgs {
		g.rel("LOCATED_IN", o, placeZ.next(), "", "")
	}
	for _, k := range []kind{facility, event} {
		for _, e := range g.byKind[k] {
			g.rel("LOCATED_IN", e, placeZ.next(), "", "")
		}
	}
	for _, pr := range g.byKind[programme] {
		g.rel("OPERATES", opZ.next(), pr, "", "")
		if g.r.IntN(2) == 0 {
			g.rel("FUNDS", g.uniform(gov), pr, year(2000, 2024), "")
		}
	}
	for _, fd := range g.byKind[fund] {
		g.rel("MANAGES", g.uniform(g.byRole["INVESTOR"]), fd, "", "")
		if g.r.IntN(3) == 0 {
			g.rel("FUNDS", g.uniform(gov), fd, year(2000, 2024), "")
		}
	}
	for _, fc := range g.byKind[facility] {
		g.rel("OPERATES", opZ.next(), fc, "", "")
	}
	evOrgZ := g.zipf(orgs, 1.1)
	for _, ev := range g.byKind[event] {
		g.rel("ORGANIZED", evOrgZ.next(), ev, "", "")
	}
	announceable := append(append([]int{}, g.byKind[programme]...), g.byKind[fund]...)
	for _, po := range g.byKind[policy] {
		for range 3 {
			g.rel("ANNOUNCED", po, g.uniform(announceable), "", "")
		}
	}
	employerZ := g.zipf(orgs, 1.05)
	uniZ := g.zipf(g.byRole["UNIVERSITY"], 1.1)
	for _, pe := range people {
		for range 1 + g.r.IntN(3) {
			g.rel("WORKED_AT", pe, employerZ.next(), year(1995, 2024), g.pick([]string{"engineer", "analyst", "director", "founder", "manager"}))
		}
		if g.r.IntN(10) == 0 {
			g.rel("LEADS", pe, g.uniform(orgs), year(2000, 2024), g.pick([]string{"CEO", "CTO", "Chair", "Managing Partner"}))
		}
		if g.r.IntN(5) < 2 {
			g.rel("EDUCATED_AT", pe, uniZ.next(), year(1980, 2022), g.pick([]string{"BSc", "MSc", "PhD", "MBA", "BEng"}))
		}
	}

	// The rest, skewed: a few investors, programmes, events and associations collect thousands.
	investorZ := g.zipf(investors, 1.1)
	programmeZ := g.zipf(g.byKind[programme], 1.1)
	var events []int
	for _, e := range g.byKind[event] {
		if e != hub {
			events = append(events, e)
		}
	}
	eventZ := g.zipf(events, 1.1)
	assocZ := g.zipf(g.byRole["ASSOCIATION"], 1.1)
	type filler struct {
		weight int
		make   func() bool
	}
	fillers := []filler{
		{30, func() bool { return g.invest(investorZ.next(), g.uniform(startups), year(2010, 2024)) }},
		{15, func() bool {
			return g.rel("PARTICIPATED_IN", g.uniform(startups), programmeZ.next(), year(2005, 2024), "")
		}},
		{25, func() bool { return g.rel("ATTENDED", g.uniform(attendees), eventZ.next(), year(2011, 2024), "") }},
		{10, func() bool { return g.rel("PARTNERED_WITH", g.uniform(orgs), evOrgZ.next(), year(2010, 2024), "") }},
		{10, func() bool { return g.rel("MEMBER_OF", g.uniform(orgs), assocZ.next(), "", "") }},
		{10, func() bool {
			return g.rel("WORKED_AT", g.uniform(people), employerZ.next(), year(1995, 2024), "engineer")
		}},
	}
	for tries := 0; g.rels < sc.Relationships; tries++ {
		if tries > 20*sc.Relationships {
			return fmt.Errorf("bench: could not place %d distinct relationships", sc.Relationships)
		}
		p := g.r.IntN(100)
		for _, fl := range fillers {
			if p < fl.weight {
				fl.make()
				break
			}
			p -= fl.weight
		}
	}
	g.w.Flush()
	if err := g.w.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// pickEntity chooses the `entity` workload's entity: an investor with 20–60 relationships of
// at least three types, so its first page of 10 mixes types and directions.
func (g *gen) pickEntity() string {
	best, bestScore := "", -1
	for _, i := range g.byRole["INVESTOR"] {
		d := g.degree[i]
		if d < 20 || d > 60 {
			continue
		}
		nt := 0
		for _, t := range relTypes {
			if g.types[t][i] {
				nt++
			}
		}
		if nt >= 3 && nt*100-abs(d-30) > bestScore {
			best, bestScore = g.ents[i].id, nt*100-abs(d-30)
		}
	}
	if best == "" { // tiny scales: the busiest investor
		for _, i := range g.byRole["INVESTOR"] {
			if best == "" || g.degree[i] > g.degree[g.index[best]] {
				best = g.ents[i].id
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

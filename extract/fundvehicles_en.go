package extract

import "strings"

// fundVehicle reports whether an English name is a fund's own name ("Harbour Asia Fund I",
// "Tidal Growth Fund", "Greenpeak Climate Fund 2"): the vehicle a manager raises. "The firm",
// "the company" and "the start-up" refer to the manager or a company, never to such a vehicle,
// so a sentence "X Fund I closed on Friday … The firm was founded by …" is about the firm named
// before the fund.
func fundVehicle(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	if romanOrNumber(last) && len(ws) >= 3 {
		last = ws[len(ws)-2]
	}
	return last == "Fund"
}

// romanOrNumber reports whether w is a fund's series number: I, II, IV, 3.
func romanOrNumber(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "IVX") == "" {
		return true
	}
	return strings.Trim(w, "0123456789") == ""
}

// fundSubject reports whether an English sentence's subject is a fund vehicle: a sentence about
// the fund, whose other names (its backers) are no firm "the firm" refers to either.
func fundSubject(d *doc, s span, ms []mention, fits func(mention) bool) bool {
	if d.lang != "en" {
		return false
	}
	m, ok := firstSubject(d, s, ms, fits)
	return ok && fundVehicle(m.name)
}

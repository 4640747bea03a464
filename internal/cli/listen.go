package cli

import (
	"errors"
	"fmt"
	"net"
	"syscall"
)

// listen opens HKGRAPH_ADDR once. `dev` calls it before starting Neo4j, so a busy port is
// reported in a second instead of after Neo4j has started and the seed has run.
func (a *App) listen() (net.Listener, error) {
	if a.listener != nil {
		return a.listener, nil
	}
	ln, err := net.Listen("tcp", a.Config.Addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("%s is already in use: stop the other server or set HKGRAPH_ADDR to a free address (for example 127.0.0.1:8081)", a.Config.Addr)
	}
	if err != nil {
		return nil, fmt.Errorf("listening on HKGRAPH_ADDR=%s: %w", a.Config.Addr, err)
	}
	a.listener = ln
	return ln, nil
}

// Package orders is a small order service: its handlers show each kind
// of finding that httpstatus reports.
package orders

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"

	"example.com/orders/respond"
)

// Order is one order.
type Order struct {
	ID    int    `json:"id"`
	Item  string `json:"item"`
	Count int    `json:"count"`
}

// Server keeps orders in memory.
type Server struct {
	mu     sync.Mutex
	orders map[int]Order
	next   int
}

// NewServer returns an empty server.
func NewServer() *Server { return &Server{orders: map[int]Order{}} }

// Routes registers the handlers: method values, a handler behind
// middleware, a type with ServeHTTP, a function literal and a handler
// that net/http makes.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /orders/{id}", s.get)
	mux.HandleFunc("POST /orders", s.create)
	mux.HandleFunc("POST /orders/{id}/reorder", s.reorder)
	mux.Handle("DELETE /orders/{id}", requireKey(http.HandlerFunc(s.delete)))
	mux.Handle("GET /health", health{s})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "order service") // a body without a status: 200
	})
	mux.Handle("/old/", http.RedirectHandler("/orders/", 301))
}

func (s *Server) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", 400)
		return
	}
	s.mu.Lock()
	o, ok := s.orders[id]
	s.mu.Unlock()
	if !ok {
		respond.Error(w, 404, "no such order")
		return
	}
	respond.JSON(w, http.StatusOK, o)
}

func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	count, err := strconv.Atoi(r.FormValue("count"))
	status := http.StatusCreated
	if err != nil || count <= 0 {
		status = 422
	}
	if status != http.StatusCreated {
		respond.Error(w, status, "count must be a positive number")
		return
	}
	s.mu.Lock()
	s.next++
	o := Order{ID: s.next, Item: r.FormValue("item"), Count: count}
	s.orders[o.ID] = o
	s.mu.Unlock()
	respond.JSON(w, status, o)
}

func (s *Server) delete(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.orders[id]; !ok {
		w.WriteHeader(http.StatusTeapot)
		return
	}
	delete(s.orders, id)
	w.WriteHeader(2040)
}

// reorder places an order again and answers with the new one, but does
// not set 201: net/http sends 200 where the body is written.
func (s *Server) reorder(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	o, ok := s.orders[id]
	if !ok {
		respond.Error(w, http.StatusNotFound, "no such order")
		return
	}
	s.next++
	o.ID = s.next
	s.orders[o.ID] = o
	_ = json.NewEncoder(w).Encode(o)
}

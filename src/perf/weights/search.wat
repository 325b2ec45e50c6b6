;; The MLW weight parameter search (mlw.ts searchWeights), with the 13 Golomb-Rice configs in 4 SIMD vectors.
;; Same rule, same result: each config keeps a running bit count, a config that could not code the previous
;; value restarts from the active count, the best is the minimum of (count << 4) + (config | penalty), and a
;; switch cuts a slice unless the new config was better all along (then it extends backwards).
;;
;; Memory (bytes):
;;   0        counts scratch, 16 x i32        64       lastAtRank, 16 x i32     128   cfgRank, 16 x i32
;;   1024     values (keys), up to 131072 x i32
;;   525312   slice configs, 1049616 slice ends (up to 131073 each)
;;   1638400  table slots of 204800 bytes, one per uncompressed width; a slot at $tb holds
;;            bits[key][16] i32 at $tb, pen[key][16] i32 (config + 1<<30 when blocked) at $tb + 65536,
;;            mask[key][16] i32 (-1 when the config cannot code key: it restarts on the next value) at
;;            $tb + 131072, blocked[key] i32 at $tb + 196608, rank[key] i32 at $tb + 200704
(module
  (memory (export "memory") 64)

  (func $lastBlocked (param $cfg i32) (result i32)
    (local $r i32) (local $pos i32) (local $v i32)
    (local.set $r (i32.load (i32.add (i32.const 128) (i32.shl (local.get $cfg) (i32.const 2)))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_s (local.get $r) (i32.const 12)))
        (local.set $v (i32.load (i32.add (i32.const 64) (i32.shl (local.get $r) (i32.const 2)))))
        (if (i32.gt_s (local.get $v) (local.get $pos)) (then (local.set $pos (local.get $v))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $next)))
    (local.get $pos))

  ;; Appends a slice; returns the new slice count.
  (func $push (param $n i32) (param $cfg i32) (param $end i32) (result i32)
    (i32.store (i32.add (i32.const 525312) (i32.shl (local.get $n) (i32.const 2))) (local.get $cfg))
    (i32.store (i32.add (i32.const 1049616) (i32.shl (local.get $n) (i32.const 2))) (local.get $end))
    (i32.add (local.get $n) (i32.const 1)))

  (func (export "search") (param $count i32) (param $tb i32) (result i32)
    (local $i i32) (local $key i32) (local $row i32) (local $n i32)
    (local $active i32) (local $activeBits i32) (local $bestKey i32) (local $best i32) (local $bestCfg i32)
    (local $blockedNow i32) (local $switch i32)
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128)
    (local $m0 v128) (local $m1 v128) (local $m2 v128) (local $m3 v128)
    (local $k v128) (local $act v128)
    (local.set $active (i32.const -1))
    ;; lastAtRank = 0
    (v128.store (i32.const 64) (v128.const i32x4 0 0 0 0))
    (v128.store (i32.const 80) (v128.const i32x4 0 0 0 0))
    (v128.store (i32.const 96) (v128.const i32x4 0 0 0 0))
    (v128.store (i32.const 112) (v128.const i32x4 0 0 0 0))
    (block $end
      (loop $values
        (br_if $end (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $key (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $row (i32.shl (local.get $key) (i32.const 6)))
        ;; c += ((activeBits - c) & restart) + bits[key]
        (local.set $c0 (i32x4.add (i32x4.add (local.get $c0)
          (v128.and (i32x4.sub (local.get $act) (local.get $c0)) (local.get $m0)))
          (v128.load (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c1 (i32x4.add (i32x4.add (local.get $c1)
          (v128.and (i32x4.sub (local.get $act) (local.get $c1)) (local.get $m1)))
          (v128.load offset=16 (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c2 (i32x4.add (i32x4.add (local.get $c2)
          (v128.and (i32x4.sub (local.get $act) (local.get $c2)) (local.get $m2)))
          (v128.load offset=32 (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c3 (i32x4.add (i32x4.add (local.get $c3)
          (v128.and (i32x4.sub (local.get $act) (local.get $c3)) (local.get $m3)))
          (v128.load offset=48 (i32.add (local.get $tb) (local.get $row)))))
        ;; best key = min over configs of (c << 4) + pen
        (local.set $k (i32x4.min_s
          (i32x4.min_s
            (i32x4.add (i32x4.shl (local.get $c0) (i32.const 4)) (v128.load (i32.add (i32.add (local.get $tb) (i32.const 65536)) (local.get $row))))
            (i32x4.add (i32x4.shl (local.get $c1) (i32.const 4)) (v128.load offset=16 (i32.add (i32.add (local.get $tb) (i32.const 65536)) (local.get $row)))))
          (i32x4.min_s
            (i32x4.add (i32x4.shl (local.get $c2) (i32.const 4)) (v128.load offset=32 (i32.add (i32.add (local.get $tb) (i32.const 65536)) (local.get $row))))
            (i32x4.add (i32x4.shl (local.get $c3) (i32.const 4)) (v128.load offset=48 (i32.add (i32.add (local.get $tb) (i32.const 65536)) (local.get $row)))))))
        (local.set $k (i32x4.min_s (local.get $k)
          (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $k) (local.get $k))))
        (local.set $k (i32x4.min_s (local.get $k)
          (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 (local.get $k) (local.get $k))))
        (local.set $bestKey (i32x4.extract_lane 0 (local.get $k)))
        ;; the configs that cannot code this value restart on the next one
        (local.set $m0 (v128.load (i32.add (i32.add (local.get $tb) (i32.const 131072)) (local.get $row))))
        (local.set $m1 (v128.load offset=16 (i32.add (i32.add (local.get $tb) (i32.const 131072)) (local.get $row))))
        (local.set $m2 (v128.load offset=32 (i32.add (i32.add (local.get $tb) (i32.const 131072)) (local.get $row))))
        (local.set $m3 (v128.load offset=48 (i32.add (i32.add (local.get $tb) (i32.const 131072)) (local.get $row))))
        (local.set $blockedNow (i32.load (i32.add (i32.add (local.get $tb) (i32.const 196608)) (i32.shl (local.get $key) (i32.const 2)))))
        (i32.store
          (i32.add (i32.const 64)
            (i32.shl (i32.load (i32.add (i32.add (local.get $tb) (i32.const 200704)) (i32.shl (local.get $key) (i32.const 2)))) (i32.const 2)))
          (i32.add (local.get $i) (i32.const 1)))
        (local.set $best (i32.shr_s (local.get $bestKey) (i32.const 4)))
        (local.set $bestCfg (i32.and (local.get $bestKey) (i32.const 15)))
        (local.set $switch
          (i32.or
            (i32.eq (local.get $active) (i32.const -1))
            (i32.or
              (i32.and (i32.shr_u (local.get $blockedNow) (i32.and (local.get $active) (i32.const 31))) (i32.const 1))
              (i32.and
                (i32.ne (local.get $bestCfg) (local.get $active))
                (i32.lt_s (i32.add (local.get $best) (i32.const 40)) (local.get $activeBits))))))
        (if (local.get $switch)
          (then
            (if (i32.ne (local.get $active) (i32.const -1))
              (then
                (v128.store (i32.const 0) (local.get $c0))
                (v128.store (i32.const 16) (local.get $c1))
                (v128.store (i32.const 32) (local.get $c2))
                (v128.store (i32.const 48) (local.get $c3))
                ;; elide: the new config was cheaper all along and not blocked later than the active one
                (if (i32.eqz
                      (i32.and
                        (i32.lt_s
                          (i32.load (i32.shl (local.get $bestCfg) (i32.const 2)))
                          (i32.load (i32.shl (local.get $active) (i32.const 2))))
                        (i32.le_s (call $lastBlocked (local.get $bestCfg)) (call $lastBlocked (local.get $active)))))
                  (then (local.set $n (call $push (local.get $n) (local.get $active) (local.get $i)))))))
            (local.set $active (local.get $bestCfg))
            (local.set $activeBits (local.get $best)))
          (else
            (local.set $activeBits (i32.add (local.get $activeBits)
              (i32.load (i32.add (i32.add (local.get $tb) (local.get $row)) (i32.shl (local.get $active) (i32.const 2))))))))
        (local.set $act (i32x4.splat (local.get $activeBits)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $values)))
    ;; finish: the last slice runs to the end with the final config
    (if (i32.or (i32.eqz (local.get $n))
          (i32.ne (i32.load (i32.add (i32.const 525312) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2))))
                  (local.get $active)))
      (then (local.set $n (call $push (local.get $n) (local.get $active) (local.get $count)))))
    (i32.store (i32.add (i32.const 1049616) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2)))
      (local.get $count))
    (local.get $n))
)

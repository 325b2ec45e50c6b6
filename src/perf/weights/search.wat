;; The MLW chunk encoder's per-value passes (mlw.ts encodeChunk), where the JavaScript reference loops cost
;; most: the value histogram, the lone-zero count, the split into coded weights and zero runs, and the two
;; parameter searches; then the bit counts of a slice's weights and runs.
;;
;; The weight parameter search (mlw.ts searchWeights) holds the 13 Golomb-Rice configs in 4 SIMD vectors.
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
;;   4194304  the chunk's values, up to 131072 x i16
;;   4456448  zero runs, up to 131073 x i32
;;   4980752  value histogram: 4 interleaved x 512 i32 (value + 256), summed into the first 512
;;   4988944  coded index per value + 256, 512 x i32 (the palette's inverse, written by the caller)
(module
  (memory (export "memory") 80)

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
        ;; c = (restart ? activeBits : c) + bits[key]
        (local.set $c0 (i32x4.add (v128.bitselect (local.get $act) (local.get $c0) (local.get $m0))
          (v128.load (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c1 (i32x4.add (v128.bitselect (local.get $act) (local.get $c1) (local.get $m1))
          (v128.load offset=16 (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c2 (i32x4.add (v128.bitselect (local.get $act) (local.get $c2) (local.get $m2))
          (v128.load offset=32 (i32.add (local.get $tb) (local.get $row)))))
        (local.set $c3 (i32x4.add (v128.bitselect (local.get $act) (local.get $c3) (local.get $m3))
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

  ;; Histogram of the n values: four interleaved counters (a run of one value would serialise on one).
  (func (export "hist") (param $n i32)
    (local $p i32) (local $end i32) (local $a i32) (local $k i32)
    (local.set $k (i32.const 4980752))
    (block $zeroed
      (loop $zero
        (br_if $zeroed (i32.ge_u (local.get $k) (i32.const 4988944)))
        (v128.store (local.get $k) (v128.const i32x4 0 0 0 0))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $zero)))
    (local.set $p (i32.const 4194304))
    (local.set $end (i32.add (i32.const 4194304) (i32.shl (local.get $n) (i32.const 1))))
    (block $done4
      (loop $four
        (br_if $done4 (i32.gt_u (i32.add (local.get $p) (i32.const 8)) (local.get $end)))
        (local.set $a (i32.add (i32.const 4981776) (i32.shl (i32.load16_s (local.get $p)) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $a (i32.add (i32.const 4983824) (i32.shl (i32.load16_s offset=2 (local.get $p)) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $a (i32.add (i32.const 4985872) (i32.shl (i32.load16_s offset=4 (local.get $p)) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $a (i32.add (i32.const 4987920) (i32.shl (i32.load16_s offset=6 (local.get $p)) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $four)))
    (block $done1
      (loop $one
        (br_if $done1 (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $a (i32.add (i32.const 4981776) (i32.shl (i32.load16_s (local.get $p)) (i32.const 2))))
        (i32.store (local.get $a) (i32.add (i32.load (local.get $a)) (i32.const 1)))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (br $one)))
    (local.set $k (i32.const 4980752))
    (block $summed
      (loop $sum
        (br_if $summed (i32.ge_u (local.get $k) (i32.const 4982800)))
        (v128.store (local.get $k)
          (i32x4.add
            (i32x4.add (v128.load (local.get $k)) (v128.load offset=2048 (local.get $k)))
            (i32x4.add (v128.load offset=4096 (local.get $k)) (v128.load offset=6144 (local.get $k)))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $sum))))

  ;; Zeros with a non-zero value (or an end of the chunk) on both sides: n >= 1.
  (func (export "lone") (param $n i32) (result i32)
    (local $i i32) (local $lone i32) (local $prev i32) (local $cur i32) (local $next i32) (local $nz i32)
    (local.set $prev (i32.const 1))
    (local.set $cur (i32.load16_s (i32.const 4194304)))
    (local.set $i (i32.const 1))
    (block $done
      (loop $each
        (br_if $done (i32.gt_u (local.get $i) (local.get $n)))
        (local.set $next
          (select
            (i32.load16_s (i32.add (i32.const 4194304) (i32.shl (local.get $i) (i32.const 1))))
            (i32.const 1)
            (i32.lt_u (local.get $i) (local.get $n))))
        (local.set $nz (i32.ne (local.get $cur) (i32.const 0)))
        (local.set $lone (i32.add (local.get $lone)
          (i32.and (i32.and (i32.eqz (local.get $nz)) (local.get $prev)) (i32.ne (local.get $next) (i32.const 0)))))
        (local.set $prev (local.get $nz))
        (local.set $cur (local.get $next))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $lone))

  ;; Every value coded: keys[i] = index[value + 256].
  (func (export "map") (param $n i32)
    (local $p i32) (local $q i32) (local $end i32)
    (local.set $p (i32.const 4194304))
    (local.set $q (i32.const 1024))
    (local.set $end (i32.add (i32.const 4194304) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (i32.store (local.get $q)
          (i32.load (i32.add (i32.const 4989968) (i32.shl (i32.load16_s (local.get $p)) (i32.const 2)))))
        (local.set $p (i32.add (local.get $p) (i32.const 2)))
        (local.set $q (i32.add (local.get $q) (i32.const 4)))
        (br $each))))

  ;; Zero-run mode: one run before each coded weight and one at the end (a leading run only when allowed);
  ;; returns the number of coded weights (the runs are one more).
  (func (export "split") (param $n i32) (param $allowLeading i32) (result i32)
    (local $i i32) (local $nw i32) (local $zeros i32)
    (block $done
      (loop $each
        (local.set $zeros (i32.const 0))
        (if (i32.or (local.get $allowLeading) (i32.gt_u (local.get $i) (i32.const 0)))
          (then
            (block $runEnd
              (loop $run
                (br_if $runEnd (i32.ge_u (local.get $i) (local.get $n)))
                (br_if $runEnd (i32.load16_s (i32.add (i32.const 4194304) (i32.shl (local.get $i) (i32.const 1)))))
                (local.set $zeros (i32.add (local.get $zeros) (i32.const 1)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $run)))))
        (i32.store (i32.add (i32.const 4456448) (i32.shl (local.get $nw) (i32.const 2))) (local.get $zeros))
        (br_if $done (i32.eq (local.get $i) (local.get $n)))
        (i32.store (i32.add (i32.const 1024) (i32.shl (local.get $nw) (i32.const 2)))
          (i32.load (i32.add (i32.const 4989968)
            (i32.shl (i32.load16_s (i32.add (i32.const 4194304) (i32.shl (local.get $i) (i32.const 1)))) (i32.const 2)))))
        (local.set $nw (i32.add (local.get $nw) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $nw))

  ;; Parameter search over the zero runs (mlw.ts searchRuns): every divisor codes every run, so no config
  ;; restarts; the lowest total wins ties. Slices go where the weight search puts them; returns their count.
  (func (export "searchRuns") (param $count i32) (result i32)
    (local $i i32) (local $run i32) (local $n i32) (local $active i32) (local $activeBits i32)
    (local $c0 i32) (local $c1 i32) (local $c2 i32) (local $c3 i32) (local $best i32) (local $bestCfg i32)
    (local $now i32)
    (local.set $active (i32.const -1))
    (block $end
      (loop $each
        (br_if $end (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $run (i32.load (i32.add (i32.const 4456448) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $c0 (i32.add (local.get $c0) (i32.add (local.get $run) (i32.const 1))))
        (local.set $c1 (i32.add (local.get $c1) (i32.add (i32.shr_s (local.get $run) (i32.const 1)) (i32.const 2))))
        (local.set $c2 (i32.add (local.get $c2) (i32.add (i32.shr_s (local.get $run) (i32.const 2)) (i32.const 3))))
        (local.set $c3 (i32.add (local.get $c3) (i32.add (i32.shr_s (local.get $run) (i32.const 3)) (i32.const 4))))
        (local.set $best (local.get $c0))
        (local.set $bestCfg (i32.const 0))
        (if (i32.lt_s (local.get $c1) (local.get $best)) (then (local.set $best (local.get $c1)) (local.set $bestCfg (i32.const 1))))
        (if (i32.lt_s (local.get $c2) (local.get $best)) (then (local.set $best (local.get $c2)) (local.set $bestCfg (i32.const 2))))
        (if (i32.lt_s (local.get $c3) (local.get $best)) (then (local.set $best (local.get $c3)) (local.set $bestCfg (i32.const 3))))
        (if (i32.or (i32.eq (local.get $active) (i32.const -1))
              (i32.and (i32.ne (local.get $bestCfg) (local.get $active))
                (i32.lt_s (i32.add (local.get $best) (i32.const 40)) (local.get $activeBits))))
          (then
            (if (i32.ne (local.get $active) (i32.const -1))
              (then
                ;; a config cheaper than the active one so far extends it backwards instead of cutting a slice
                (local.set $now (call $runCount (local.get $active) (local.get $c0) (local.get $c1) (local.get $c2) (local.get $c3)))
                (if (i32.eqz (i32.lt_s (local.get $best) (local.get $now)))
                  (then (local.set $n (call $push (local.get $n) (local.get $active) (local.get $i)))))))
            (local.set $active (local.get $bestCfg))))
        (local.set $activeBits (call $runCount (local.get $active) (local.get $c0) (local.get $c1) (local.get $c2) (local.get $c3)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (if (i32.or (i32.eqz (local.get $n))
          (i32.ne (i32.load (i32.add (i32.const 525312) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2))))
                  (local.get $active)))
      (then (local.set $n (call $push (local.get $n) (local.get $active) (local.get $count)))))
    (i32.store (i32.add (i32.const 1049616) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2)))
      (local.get $count))
    (local.get $n))

  (func $runCount (param $cfg i32) (param $c0 i32) (param $c1 i32) (param $c2 i32) (param $c3 i32) (result i32)
    (select (local.get $c0)
      (select (local.get $c1) (select (local.get $c2) (local.get $c3) (i32.eq (local.get $cfg) (i32.const 2)))
        (i32.eq (local.get $cfg) (i32.const 1)))
      (i32.eqz (local.get $cfg))))

  ;; Bits of a slice's weight codes past their remainders (mlw.ts sliceBits): 12-bit unary words for the
  ;; quotient symbols, and a second unary bit for each symbol with more to come.
  (func (export "weightBits") (param $start i32) (param $count i32) (param $div i32) (param $trunc i32) (result i32)
    (local $p i32) (local $end i32) (local $q i32) (local $symbols i32) (local $ones i32) (local $sumQ i32) (local $sumHalf i32)
    (local.set $p (i32.add (i32.const 1024) (i32.shl (local.get $start) (i32.const 2))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (if (local.get $trunc)
      (then
        (block $done
          (loop $each
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $q (i32.shr_s (i32.load (local.get $p)) (local.get $div)))
            (local.set $symbols (i32.add (local.get $symbols) (i32.add (i32.div_u (local.get $q) (i32.const 3)) (i32.const 1))))
            (if (i32.gt_s (local.get $q) (i32.const 0))
              (then (local.set $ones (i32.add (local.get $ones)
                (i32.add (i32.div_u (i32.sub (local.get $q) (i32.const 1)) (i32.const 3)) (i32.const 1))))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $each))))
      (else
        (block $done
          (loop $each
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
            (local.set $q (i32.shr_s (i32.load (local.get $p)) (local.get $div)))
            (local.set $sumQ (i32.add (local.get $sumQ) (local.get $q)))
            (local.set $sumHalf (i32.add (local.get $sumHalf) (i32.shr_s (local.get $q) (i32.const 1))))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br $each)))
        (local.set $symbols (i32.add (local.get $sumHalf) (local.get $count)))
        (local.set $ones (i32.sub (local.get $sumQ) (local.get $sumHalf)))))
    (i32.add (i32.mul (i32.div_u (i32.add (local.get $symbols) (i32.const 11)) (i32.const 12)) (i32.const 12))
      (local.get $ones)))

  ;; Unary symbols of a slice's zero runs: (run >> div) + 1 each.
  (func (export "runSymbols") (param $start i32) (param $count i32) (param $div i32) (result i32)
    (local $p i32) (local $end i32) (local $symbols i32)
    (local.set $p (i32.add (i32.const 4456448) (i32.shl (local.get $start) (i32.const 2))))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $symbols (i32.add (local.get $symbols)
          (i32.add (i32.shr_s (i32.load (local.get $p)) (local.get $div)) (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $each)))
    (local.get $symbols))
)

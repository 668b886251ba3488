/**
 * Types of the message-queue engine (the deck's pizza shop): the scenario (validated input) and the
 * result. Time is in minutes throughout, rates are per minute.
 */

export const ARRIVAL_KINDS = ['poisson', 'bursts', 'peak'] as const;
/** poisson: independent orders; bursts: groups arriving together; peak: the lunch rush in the middle third. */
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];

export const SERVICE_KINDS = ['exponential', 'deterministic'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const DELIVERY_MODES = ['pointToPoint', 'publishSubscribe'] as const;
/** pointToPoint: each message to one consumer; publishSubscribe: every subscriber gets its own copy. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const FULL_POLICIES = ['reject', 'block', 'dropOldest'] as const;
/** What the broker does with a new message when the queue is full. */
export type FullPolicy = (typeof FULL_POLICIES)[number];

export const RETRY_POLICIES = ['none', 'immediate', 'backoff', 'backoffJitter'] as const;
/** How a producer retries a rejected publish (queue full or broker down). */
export type RetryPolicy = (typeof RETRY_POLICIES)[number];

/** From `atMin` on, each subscriber group has `consumers` consumers (bakers). */
export interface ConsumerChange {
  atMin: number;
  consumers: number;
}

export interface QueueScenario {
  seed: number;
  /** Orders the producers create (each is published once, plus retries). */
  orders: number;
  arrival: {
    kind: ArrivalKind;
    ratePerMin: number;
    /** bursts: orders per group. */
    burstSize: number;
    /** peak: the rate is multiplied by this factor in the middle third of the nominal run. */
    peakFactor: number;
  };
  mode: DeliveryMode;
  /** publishSubscribe: number of subscriber groups, each with its own queue and consumers. */
  subscribers: number;
  queue: {
    capacity: number;
    whenFull: FullPolicy;
    /**
     * Minutes of a group-0 consumer's time each publish attempt costs, accepted or refused (the
     * baker answers the phone first); 0: attempts cost nothing and are decided at once.
     */
    attemptCostMin: number;
  };
  consumers: {
    count: number;
    service: { kind: ServiceKind; meanMin: number };
    changes: ConsumerChange[];
  };
  ack: {
    /** Chance that a consumer crashes after its work but before the ack (per delivery). */
    crashProbability: number;
    /** Share of orders no consumer can handle (poison messages): every delivery fails. */
    poisonShare: number;
    /** A delivered message without ack becomes visible again this long after its delivery. */
    visibilityTimeoutMin: number;
    /** After this many deliveries without ack the message goes to the dead-letter queue. */
    maxDeliveries: number;
    /** Idempotent consumers skip work on a message they have already processed. */
    idempotent: boolean;
  };
  retry: {
    policy: RetryPolicy;
    maxRetries: number;
    baseMin: number;
    capMin: number;
    /** Producer-side circuit breaker: opens after this many refusals in a row; 0 = none. */
    breakerFailures: number;
    /** How long the open breaker fails attempts at once before it lets a trial through. */
    breakerOpenMin: number;
  };
  /** The broker accepts and delivers nothing in [fromMin, toMin); from = to means no outage. */
  outage: { fromMin: number; toMin: number };
}

/** Samples per time bin; every array has `bins` entries. */
export interface QueueTimeline {
  intervalMin: number;
  bins: number;
  /** Mean ready messages over the bin (all subscriber groups together). */
  queueLength: Float64Array;
  /** Mean busy consumers / consumers present over the bin, 0–1. */
  utilization: Float64Array;
  /** Completed deliveries (acked or not) per minute in the bin. */
  throughputPerMin: Float64Array;
  /** Waiting time (acceptance → first delivery) of messages first delivered in the bin, in minutes. */
  waitP50: Float64Array;
  waitP95: Float64Array;
  /** Counts within the bin. */
  rejected: Int32Array;
  redelivered: Int32Array;
  duplicates: Int32Array;
  deadLettered: Int32Array;
  /** Consumers per group at the bin's end. */
  consumers: Int32Array;
}

export interface QueueTotals {
  orders: number;
  /** Publish attempts, first tries and retries. */
  attempts: number;
  /** Attempts refused (queue full with `reject`, or broker down). */
  rejected: number;
  /** Orders whose producer gave up after its last retry: never accepted. */
  gaveUp: number;
  /** Orders accepted by the broker. */
  accepted: number;
  /** Messages in the queues: accepted orders times subscriber groups. */
  copies: number;
  /** Orders that had to wait at the producer (`block`). */
  blocked: number;
  /** Copies thrown away by `dropOldest`. */
  droppedOldest: number;
  deliveries: number;
  redelivered: number;
  /** Visibility timeouts that ran out while a consumer was still working on the message. */
  expired: number;
  /** Publish attempts answered on the phone (attemptCostMin > 0). */
  calls: number;
  /** Attempts the open circuit breaker failed at the producer (counted in `rejected` too). */
  shortCircuited: number;
  /** Times the circuit breaker opened. */
  breakerOpened: number;
  crashes: number;
  /** Times a consumer did the work (duplicates included). */
  processed: number;
  /** Copies processed at least once. */
  distinctProcessed: number;
  /** processed − distinctProcessed. */
  duplicates: number;
  acked: number;
  deadLettered: number;
  /** Copies still ready or in flight when the run ended (only when no consumer was left). */
  leftInQueue: number;
  /** Orders still waiting at a blocked producer when the run ended (only when no consumer was left). */
  leftBlocked: number;
}

export interface QueueResult {
  totals: QueueTotals;
  /** When the last event happened, in minutes. */
  endMin: number;
  /** Waiting time in the queue (acceptance → first delivery), minutes, over all copies delivered. */
  wait: {
    /** Copies that left the queue; 0 (no baker ever took one) means the other figures have no data. */
    count: number;
    mean: number;
    p50: number;
    p95: number;
    p99: number;
    max: number;
  };
  /** Time in the system (acceptance → ack or dead letter), mean over finished copies, minutes. */
  meanSojournMin: number;
  /** Time-average of ready messages over the run (all groups). */
  meanQueueLength: number;
  maxQueueLength: number;
  /** Accepted copies per minute over the run. */
  acceptedPerMin: number;
  /** Busy consumer time / consumer time present, 0–1 (phone calls included). */
  utilization: number;
  /** Share of consumer time spent answering publish attempts, 0–1. */
  phoneShare: number;
  /**
   * Goodput: copies processed for the first time per minute, from the end of the broker outage (the
   * start, without one) to the last order's arrival; 0 if that span is empty.
   */
  goodputPerMin: number;
  /** Processed copies per subscriber group. */
  processedPerGroup: number[];
  /** Mean waiting time per subscriber group, minutes. */
  meanWaitPerGroup: number[];
  timeline: QueueTimeline;
}

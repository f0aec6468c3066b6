/**
 * Argument checks for programmer errors in helpers. Each throws a RangeError whose message
 * starts with the parameter name, states the rule and shows the value received.
 */

export function requireFinite(name: string, value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, received ${value}`);
}

export function requirePositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${name} must be a finite number > 0, received ${value}`);
  }
}

export function requireNonNegative(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${name} must be a finite number >= 0, received ${value}`);
  }
}

export function requireInteger(name: string, value: number, min = 0): void {
  if (!(Number.isInteger(value) && value >= min)) {
    throw new RangeError(`${name} must be an integer >= ${min}, received ${value}`);
  }
}

export function requireProbability(name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw new RangeError(`${name} must be in [0, 1], received ${value}`);
  }
}

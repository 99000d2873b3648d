import type { components } from '../../api/generated/assessment';

/** Every whole point of a framework's scale, lowest first. */
export function scale(framework: components['schemas']['Framework']): number[] {
  const points = [];
  for (let point = framework.scaleMin ?? 1; point <= (framework.scaleMax ?? 5); point++) points.push(point);
  return points;
}

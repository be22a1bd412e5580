/**
 * The cities and the districts / new areas / towns offered in the enterprise form: the engine's
 * geography (policy region scopes compare with the same names). Display names are keyed by id in
 * the message catalogs (regions.cities.<id>, regions.districts.<id>).
 */
import { CITIES, findDistrict } from '@engine/regions';

export { CITIES, DISTRICTS, districtsOf, type RegionOption } from '@engine/regions';

export function cityId(name: string): string | undefined {
  return CITIES.find((c) => c.name === name)?.id;
}

export function districtId(city: string, name: string): string | undefined {
  return findDistrict(city, name)?.id;
}

import { useTranslation } from 'react-i18next';
import { cityId } from '../enterprises/regions';

/** City names in the UI language; names the catalog does not know are shown as stored. */
export function useCityName() {
  const { t } = useTranslation();
  return (city: string) => {
    const id = cityId(city);
    return id ? t(`regions.cities.${id}`) : city;
  };
}

/** GB/T 4754 division code with its name, e.g. "33 金属制品业". */
export function useIndustryName() {
  const { t, i18n } = useTranslation();
  return (code: string) => (i18n.exists(`industries.${code}`) ? `${code} ${t(`industries.${code}`)}` : code);
}

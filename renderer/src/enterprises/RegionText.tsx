import { useTranslation } from 'react-i18next';
import { cityId, districtId } from './regions';

/** City and district in the UI language; names the catalog does not know are shown as stored. */
export function RegionText({ city, district }: { city: string; district?: string | undefined }) {
  const { t } = useTranslation();
  const c = cityId(city);
  const cityText = c ? t(`regions.cities.${c}`) : city;
  if (!district) return <>{cityText}</>;
  const d = districtId(city, district);
  return (
    <>
      {cityText} · {d ? t(`regions.districts.${d}`) : district}
    </>
  );
}

/**
 * GB/T 4754-2017 section C (制造业), divisions 13–43: the industries this tool diagnoses.
 * The code is stored in the profile; names are translated (industries.<code>).
 */
export const MANUFACTURING_DIVISIONS = [
  '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28',
  '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43',
] as const;

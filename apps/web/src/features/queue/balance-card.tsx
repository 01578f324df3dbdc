import { balanceByCategory } from '@hiwar/domain';
import type { BalanceCategory, Member } from '@hiwar/protocol';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/format';
import { useCategoryName, useOptionLabel } from '../themes/localized-name';

interface BalanceCardProps {
  members: Member[];
  categories: BalanceCategory[];
}

/**
 * Speaking balance as totals per option of each category, "Not stated" included. Only totals: this is
 * what keeps the floor balanced without a timeline of who spoke when.
 */
export function BalanceCard({ members, categories }: BalanceCardProps) {
  const { t, i18n } = useTranslation();
  const categoryName = useCategoryName();
  const optionLabel = useOptionLabel();
  const optionOf = (category: BalanceCategory, optionId: string) => {
    const option = category.options.find((o) => o.id === optionId);
    return option ? optionLabel(option) : undefined;
  };
  const id = useId();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(i18n.language);
  const balances = balanceByCategory(members, categories);
  return (
    <section className="card balance-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('balance.title')}</h2>
      {categories.length === 0 ? <p className="muted">{t('balance.none')}</p> : null}
      {balances.map((balance) => {
        const category = categories.find((c) => c.id === balance.categoryId);
        if (!category) return null;
        const totalMs = balance.rows.reduce((sum, row) => sum + row.floorMs, 0);
        return (
          <div className="table-scroll" key={balance.categoryId}>
            <table className="balance-table">
              <caption dir="auto">{categoryName(category)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('balance.option')}</th>
                  <th scope="col">{t('balance.people')}</th>
                  <th scope="col">{t('balance.turns')}</th>
                  <th scope="col">{t('balance.floorTime')}</th>
                </tr>
              </thead>
              <tbody>
                {balance.rows.map((row) => {
                  const label =
                    row.optionId === null ? t('balance.notStated') : (optionOf(category, row.optionId) ?? row.optionId);
                  return (
                    <tr key={row.optionId ?? '-'}>
                      <th scope="row" dir="auto">
                        {label}
                      </th>
                      <td>{number.format(row.people)}</td>
                      <td>{number.format(row.turns)}</td>
                      {/* Time and share in one cell: four columns fit the console's side column on a laptop. */}
                      <td>
                        <span className="duration">{formatDuration(row.floorMs, i18n.language)}</span>{' '}
                        <span className="muted balance-share" title={t('balance.share')}>
                          {totalMs > 0 ? percent.format(row.floorMs / totalMs) : '–'}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}

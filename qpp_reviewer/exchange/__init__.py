"""Exchange of reviews between laptops and central collation, by workbook."""
